namespace PlaybookPortal.CorpusCheck;

/// <summary>What the import of one corpus did, as counts for the report.</summary>
internal sealed record ImportFigures(
    int Files,
    int Imported,
    IReadOnlyDictionary<string, int> SkippedByReason,
    IReadOnlyDictionary<string, int> FailedByReason,
    IReadOnlyDictionary<string, int> ProblemsByKind,
    double Seconds);
