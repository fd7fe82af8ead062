namespace PlaybookPortal.Core.Exporting;

/// <summary>
/// The result of exporting to one folder: one entry per file written, left unchanged, in
/// conflict, removed or skipped. A conflict never stops the rest of the export.
/// </summary>
/// <remarks>Not thread-safe: one export fills it.</remarks>
public sealed class ExportReport
{
    private readonly List<ExportEntry> _entries = [];

    public ExportReport(string folder) => Folder = folder;

    /// <summary>The full path of the folder exported to.</summary>
    public string Folder { get; }

    public TimeSpan Duration { get; set; }

    public IReadOnlyList<ExportEntry> Entries => _entries;

    public bool HasConflicts => Count(ExportOutcome.Conflict) > 0;

    public void Add(ExportEntry entry) => _entries.Add(entry);

    public int Count(ExportOutcome outcome) => _entries.Count(e => e.Outcome == outcome);

    /// <summary>The one-line tally operators and CI read.</summary>
    public string Summary() =>
        $"written {Count(ExportOutcome.Written)}, unchanged {Count(ExportOutcome.Unchanged)}, " +
        $"conflicts {Count(ExportOutcome.Conflict)}, removed {Count(ExportOutcome.Removed)}, " +
        $"skipped {Count(ExportOutcome.Skipped)}";
}
