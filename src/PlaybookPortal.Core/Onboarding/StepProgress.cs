namespace PlaybookPortal.Core.Onboarding;

/// <summary>
/// One step's due date and state in one enrollment. <paramref name="Reopened"/> marks a read
/// step the rep had done before a material change to its playbook asked for a new reading.
/// </summary>
public sealed record StepProgress(StepPlan Step, DateOnly DueDate, StepState State, StepDone? Done, bool Reopened = false)
{
    public bool IsDone => State == StepState.Done;
}
