namespace PlaybookPortal.Web.History;

/// <summary>What became of a request to restore an old revision.</summary>
public abstract record RestoreResult;

/// <summary>Revision <paramref name="RestoredNumber"/>'s text is now published as revision <paramref name="NewNumber"/>.</summary>
public sealed record RestoreDone(int RestoredNumber, int NewNumber) : RestoreResult;

/// <summary>
/// Nothing restored: revision <paramref name="PendingNumber"/> is an unreleased edit, which
/// must be published or discarded first, so a restore never silently drops someone's work.
/// </summary>
public sealed record RestoreBlockedByPending(int PendingNumber) : RestoreResult;

/// <summary>Nothing restored: someone saved a revision after the history was opened.</summary>
public sealed record RestoreConflict : RestoreResult;

/// <summary>Nothing restored: the old text breaks today's rules (an audience position since deleted, say).</summary>
public sealed record RestoreRejected(IReadOnlyList<string> Problems) : RestoreResult;

/// <summary>No such revision of this playbook.</summary>
public sealed record RestoreNotFound : RestoreResult;
