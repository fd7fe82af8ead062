namespace PlaybookPortal.Core.Importing;

/// <summary>What happened to one file during an import.</summary>
public enum ImportOutcome
{
    Added,
    Changed,
    Unchanged,
    Moved,
    Skipped,
    Conflict,
    Failed,
    Vanished,
    Archived,

    /// <summary>Only in <see cref="ImportReport.Problems"/>: imported, with something to fix.</summary>
    Warning,
}
