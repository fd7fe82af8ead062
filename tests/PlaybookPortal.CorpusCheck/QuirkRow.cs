namespace PlaybookPortal.CorpusCheck;

/// <summary>One corpus's figures for one QUIRKS.md row.</summary>
/// <param name="Rule">The row.</param>
/// <param name="Files">Pages on disk that show the quirk.</param>
/// <param name="Failures">Findings of the row's checks on those pages.</param>
internal sealed record QuirkRow(QuirkRule Rule, int Files, int Failures);
