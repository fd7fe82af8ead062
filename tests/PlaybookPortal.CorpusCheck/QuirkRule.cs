namespace PlaybookPortal.CorpusCheck;

/// <summary>One row of QUIRKS.md: how to spot it in a file and which checks prove its treatment.</summary>
/// <param name="Number">The row number in QUIRKS.md.</param>
/// <param name="Quirk">A few words naming the quirk.</param>
/// <param name="Shows">True when a file's raw text (or name, or size) shows the quirk.</param>
/// <param name="Checks">The checks whose findings on such files mean the treatment failed.</param>
/// <param name="MustImport">The treatment says such a file becomes a page, so it must not fail.</param>
internal sealed record QuirkRule(
    int Number,
    string Quirk,
    Func<SourceFile, bool> Shows,
    IReadOnlyList<string> Checks,
    bool MustImport = false);
