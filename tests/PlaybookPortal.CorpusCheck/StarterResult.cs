namespace PlaybookPortal.CorpusCheck;

/// <summary>What the search check learned about the repository's own starter content.</summary>
/// <param name="Name">How the report names it.</param>
/// <param name="Imported">Playbooks the import added.</param>
/// <param name="Searches">Where each judged search ranked its right answer.</param>
/// <param name="Findings">Import failures and searches that missed.</param>
internal sealed record StarterResult(
    string Name, int Imported, IReadOnlyList<SearchRank> Searches, IReadOnlyList<Finding> Findings)
{
    public bool Passed => Findings.Count == 0;
}
