namespace PlaybookPortal.Data.Onboarding;

/// <summary>
/// What came of ticking, unticking or signing off a step. <see cref="NotFound"/> covers both a
/// missing enrollment and one the actor may not see, so nothing leaks that it exists.
/// </summary>
public sealed record StepActionOutcome(StepActionResult Result, string? Message = null)
{
    public static readonly StepActionOutcome Done = new(StepActionResult.Done);

    public static readonly StepActionOutcome NotFound = new(StepActionResult.NotFound);

    public static StepActionOutcome Refused(string message) => new(StepActionResult.Refused, message);
}
