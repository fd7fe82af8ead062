namespace PlaybookPortal.Core.Importing;

/// <summary>
/// The result of importing one content folder. Failures and problems never stop the rest of
/// the folder; they are collected here with file and line.
/// </summary>
public sealed class ImportReport
{
    private readonly List<ImportEntry> _entries = [];
    private readonly List<ImportEntry> _problems = [];

    public ImportReport(string folder) => Folder = folder;

    public string Folder { get; }

    public TimeSpan Duration { get; set; }

    /// <summary>One entry per file (or per vanished item), in import order.</summary>
    public IReadOnlyList<ImportEntry> Entries => _entries;

    /// <summary>Errors and warnings about files that were still imported (fail-closed ones too).</summary>
    public IReadOnlyList<ImportEntry> Problems => _problems;

    public bool HasFailures => _entries.Exists(e => e.Outcome == ImportOutcome.Failed)
        || _problems.Exists(p => p.Outcome == ImportOutcome.Failed);

    public void Add(ImportEntry entry) => _entries.Add(entry);

    public void AddProblem(ImportEntry problem) => _problems.Add(problem);

    public int Count(ImportOutcome outcome) => _entries.Count(e => e.Outcome == outcome);

    /// <summary>Files that failed plus imported files with an error (kept for editors only).</summary>
    public int FailureCount => Count(ImportOutcome.Failed) + _problems.Count(p => p.Outcome == ImportOutcome.Failed);

    /// <summary>The one-line tally operators and CI read.</summary>
    public string Summary() =>
        $"added {Count(ImportOutcome.Added)}, changed {Count(ImportOutcome.Changed)}, " +
        $"moved {Count(ImportOutcome.Moved)}, unchanged {Count(ImportOutcome.Unchanged)}, " +
        $"skipped {Count(ImportOutcome.Skipped)}, conflicts {Count(ImportOutcome.Conflict)}, " +
        $"failed {FailureCount}, " +
        $"vanished {Count(ImportOutcome.Vanished)}, archived {Count(ImportOutcome.Archived)}";
}
