namespace PlaybookPortal.Bench.Querying;

/// <summary>One query of the set and the bucket it measures.</summary>
/// <param name="Bucket">frequent, rare, two-words, phrase, prefix, filtered or no-hit.</param>
/// <param name="Text">What a reader types into the search box.</param>
public sealed record BenchQuery(string Bucket, string Text)
{
    /// <summary>The path a browser asks for when this query is submitted.</summary>
    public string SearchPath => "/search?q=" + Uri.EscapeDataString(Text);
}
