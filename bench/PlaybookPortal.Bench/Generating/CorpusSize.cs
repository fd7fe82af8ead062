namespace PlaybookPortal.Bench.Generating;

/// <summary>The corpus sizes the rows are measured at.</summary>
public static class CorpusSize
{
    public const int Small = 1_000;
    public const int Medium = 10_000;

    /// <summary>Playbooks for <c>S</c> or <c>M</c>; throws for anything else.</summary>
    public static int Parse(string size) => size.ToUpperInvariant() switch
    {
        "S" => Small,
        "M" => Medium,
        _ => throw new ArgumentException($"Unknown size '{size}': use S or M.", nameof(size)),
    };
}
