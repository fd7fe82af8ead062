namespace PlaybookPortal.Data.Editing;

/// <summary>What became of a <see cref="PlaybookSave"/>.</summary>
public abstract record PlaybookSaveResult;

/// <summary>
/// Saved as revision <paramref name="Number"/>; published with change number
/// <paramref name="ChangeNumber"/>, or pending when that is null.
/// </summary>
public sealed record PlaybookSaved(long RevisionId, int Number, long? ChangeNumber) : PlaybookSaveResult
{
    public bool IsPending => ChangeNumber is null;
}

/// <summary>
/// Nothing saved: someone saved revision <paramref name="CurrentRevisionId"/> (the latest,
/// published or pending) after the edit began.
/// </summary>
public sealed record PlaybookSaveConflict(long CurrentRevisionId) : PlaybookSaveResult;

/// <summary>Nothing saved: the text breaks a content limit or its front matter is malformed.</summary>
public sealed record PlaybookSaveRejected(IReadOnlyList<string> Problems) : PlaybookSaveResult;

/// <summary>Nothing saved: no such playbook.</summary>
public sealed record PlaybookSaveNotFound : PlaybookSaveResult;
