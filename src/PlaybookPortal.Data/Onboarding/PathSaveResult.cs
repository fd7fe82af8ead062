namespace PlaybookPortal.Data.Onboarding;

/// <summary>The outcome of a save, and on success what changed and what is now flagged.</summary>
public sealed record PathSaveResult(PathSaveOutcome Outcome, PathSyncSummary? Changes, IReadOnlyList<PathFlag> Flags)
{
    public static PathSaveResult Failed(PathSaveOutcome outcome) => new(outcome, null, []);
}
