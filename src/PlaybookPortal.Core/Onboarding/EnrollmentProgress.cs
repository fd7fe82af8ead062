namespace PlaybookPortal.Core.Onboarding;

/// <summary>
/// Where one enrollment stands on a given day: every current step with its due date and
/// state, and the figures the team view shows. Percentages count required steps only.
/// </summary>
public sealed class EnrollmentProgress
{
    public required DateOnly StartDate { get; init; }

    public required DateOnly Today { get; init; }

    /// <summary>Current steps in path order, then removed steps the rep did (history only).</summary>
    public required IReadOnlyList<StepProgress> Steps { get; init; }

    public int RequiredCount { get; init; }

    public int RequiredDone { get; init; }

    /// <summary>Required steps done, as a whole percent rounded down (100 only when all are done).</summary>
    public int PercentDone { get; init; }

    /// <summary>Required steps due by today, as a whole percent rounded down: where the rep should be.</summary>
    public int ExpectedPercent { get; init; }

    /// <summary>Required steps not done whose due date has passed.</summary>
    public int OverdueCount { get; init; }

    /// <summary>The planned finish: the latest due date of a required step (the start date when there are none).</summary>
    public DateOnly PlannedFinish { get; init; }

    /// <summary>The local day the last required step was done, once all are.</summary>
    public DateOnly? FinishedOn { get; init; }

    public EnrollmentStatus Status { get; init; }

    /// <summary>Open steps, overdue first then by due date: what the rep should do next.</summary>
    public IEnumerable<StepProgress> NextSteps => Steps
        .Where(s => !s.IsDone && !s.Step.Removed)
        .OrderBy(s => s.State == StepState.Overdue ? 0 : 1)
        .ThenBy(s => s.DueDate)
        .ThenBy(s => s.Step.Order);
}
