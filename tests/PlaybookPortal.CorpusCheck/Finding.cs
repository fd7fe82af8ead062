namespace PlaybookPortal.CorpusCheck;

/// <summary>One thing the check found wrong; every finding is printed and fails the corpus.</summary>
/// <param name="Check">Which check failed (see <see cref="Checks"/>).</param>
/// <param name="Page">The file or URL concerned.</param>
/// <param name="Detail">What is wrong, with a short snippet of what was seen.</param>
/// <param name="SourcePath">The file on disk it concerns, so the quirk table can attribute it.</param>
internal sealed record Finding(string Check, string Page, string Detail, string? SourcePath)
{
    public override string ToString() => $"[{Check}] {Page}: {Detail}";
}
