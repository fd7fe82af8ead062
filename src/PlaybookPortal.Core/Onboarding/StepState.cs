namespace PlaybookPortal.Core.Onboarding;

public enum StepState
{
    /// <summary>Not done, due today or later.</summary>
    Open = 0,

    /// <summary>Not done and its due date has passed.</summary>
    Overdue = 1,

    Done = 2,
}
