namespace PlaybookPortal.Core.Exporting;

/// <summary>What happened to one file during an export.</summary>
public enum ExportOutcome
{
    /// <summary>The file was absent, or unchanged on disk since the last sync, and was written.</summary>
    Written,

    /// <summary>The file already held exactly the exported bytes.</summary>
    Unchanged,

    /// <summary>Changed on disk in a way the portal has not seen; left untouched.</summary>
    Conflict,

    /// <summary>The old file of a playbook moved in the portal, deleted.</summary>
    Removed,

    /// <summary>Not exported, with the reason (archived because its file vanished, never published…).</summary>
    Skipped,
}
