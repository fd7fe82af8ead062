namespace PlaybookPortal.Data.Onboarding;

/// <summary>A rep on a path from a start date. A rep may be on several paths.</summary>
public class Enrollment
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public string PathId { get; set; } = "";

    public OnboardingPath? Path { get; set; }

    /// <summary>Day 0 of the path, a calendar date in the portal's time zone.</summary>
    public DateOnly StartDate { get; set; }

    public DateTime EnrolledUtc { get; set; }

    /// <summary>Who enrolled the rep; null when enrolled automatically by position.</summary>
    public string? EnrolledByUserId { get; set; }

    /// <summary>
    /// When every required step was done. A finished enrollment stays finished: a later change
    /// to a playbook it read asks for an ordinary acknowledgement instead of reopening it.
    /// </summary>
    public DateTime? CompletedUtc { get; set; }

    public List<StepCompletion> Completions { get; set; } = [];
}
