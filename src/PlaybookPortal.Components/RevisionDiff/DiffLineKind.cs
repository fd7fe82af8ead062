namespace PlaybookPortal.Components;

/// <summary>What happened to a line between two revisions.</summary>
public enum DiffLineKind
{
    /// <summary>The same in both revisions.</summary>
    Unchanged = 0,

    /// <summary>Only in the new revision.</summary>
    Inserted = 1,

    /// <summary>Only in the old revision.</summary>
    Deleted = 2,

    /// <summary>Side by side only: the line was edited; its words say what changed.</summary>
    Modified = 3,

    /// <summary>Side by side only: the blank cell opposite a line inserted or deleted.</summary>
    Empty = 4,
}
