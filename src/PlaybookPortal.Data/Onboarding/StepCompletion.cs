namespace PlaybookPortal.Data.Onboarding;

/// <summary>
/// A step done in one enrollment: a ticked task, a sign-off, a read (the acknowledged
/// revision), a reached skill level. Reopening or unticking stamps <see cref="WithdrawnUtc"/>
/// rather than deleting, so the history of who did what stays.
/// </summary>
public class StepCompletion
{
    public long Id { get; set; }

    public long EnrollmentId { get; set; }

    public long StepKey { get; set; }

    public OnboardingStep? Step { get; set; }

    public DateTime CompletedUtc { get; set; }

    public string CompletedByUserId { get; set; } = "";

    /// <summary>The name at the time, so history reads right after a rename or removal.</summary>
    public string CompletedByName { get; set; } = "";

    /// <summary>Evidence for a task, the sign-off note, or the assessment that reached the level.</summary>
    public string? Note { get; set; }

    /// <summary>For a read step: the revision the rep acknowledged.</summary>
    public long? RevisionId { get; set; }

    /// <summary>When the completion stopped counting (unticked, or reopened by a material change).</summary>
    public DateTime? WithdrawnUtc { get; set; }

    /// <summary>Why it stopped counting, in words for the rep's history.</summary>
    public string? WithdrawnReason { get; set; }
}
