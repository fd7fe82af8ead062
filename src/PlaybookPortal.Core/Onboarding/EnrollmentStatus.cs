namespace PlaybookPortal.Core.Onboarding;

/// <summary>Where an enrollment stands today, for filtering and sorting.</summary>
public enum EnrollmentStatus
{
    /// <summary>The start date is still ahead.</summary>
    NotStarted = 0,

    /// <summary>Started, nothing required overdue.</summary>
    OnTrack = 1,

    /// <summary>At least one required step is overdue.</summary>
    Behind = 2,

    /// <summary>Every required step is done.</summary>
    Finished = 3,
}
