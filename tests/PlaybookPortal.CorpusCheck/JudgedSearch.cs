namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// One search a reader would type, with the pages that answer it, as judged by reading the
/// pages before the search engine ranked anything.
/// </summary>
internal sealed class JudgedSearch
{
    /// <summary>What the reader types, exactly.</summary>
    public required string Query { get; init; }

    /// <summary>What sort of query it is (acronym, prefix, natural question, …), for the table.</summary>
    public required string Kind { get; init; }

    /// <summary>The slugs of the right answers; any one of them ranking high enough passes.</summary>
    public required List<string> Answers { get; init; }

    /// <summary>Why those pages are the answer, in one sentence.</summary>
    public required string Why { get; init; }
}
