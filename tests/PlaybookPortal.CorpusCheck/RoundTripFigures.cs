namespace PlaybookPortal.CorpusCheck;

/// <summary>What exporting a corpus and importing the export did, as counts for the report.</summary>
/// <param name="Exported">Files the export wrote.</param>
/// <param name="Compared">Imported playbook files compared byte for byte with their export.</param>
/// <param name="OnlyIdAdded">Of those, the ones whose only difference is the added id line.</param>
/// <param name="NotPlaybooks">Files on disk that are no playbooks, so never exported.</param>
/// <param name="ReimportUnchanged">Files the import of the export reported unchanged.</param>
/// <param name="ExportSeconds">How long the export took.</param>
/// <param name="ReimportSeconds">How long the import of the export took.</param>
internal sealed record RoundTripFigures(
    int Exported,
    int Compared,
    int OnlyIdAdded,
    int NotPlaybooks,
    int ReimportUnchanged,
    double ExportSeconds,
    double ReimportSeconds);
