namespace PlaybookPortal.CorpusCheck;

/// <summary>Everything the check learned about one corpus.</summary>
internal sealed record CorpusResult(
    string Name,
    ImportFigures Import,
    PageFigures Pages,
    LinkFigures Links,
    IReadOnlyList<QuirkRow> Quirks,
    IReadOnlyList<SearchRank> Searches,
    RoundTripFigures RoundTrip,
    IReadOnlyList<Finding> Findings)
{
    public bool Passed => Findings.Count == 0;
}
