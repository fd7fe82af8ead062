namespace PlaybookPortal.Data.Onboarding;

/// <summary>What <see cref="PathStepSync"/> changed in a path's steps.</summary>
public sealed record PathSyncSummary(int Added, int Changed, int Removed, int Restored)
{
    public bool ChangedAnything => Added + Changed + Removed + Restored > 0;
}
