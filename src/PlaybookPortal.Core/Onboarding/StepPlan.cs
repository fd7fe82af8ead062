namespace PlaybookPortal.Core.Onboarding;

/// <summary>
/// A step as one enrollment sees it. <paramref name="AddedOn"/> is the local day the step
/// joined its path when that happened after the rep was enrolled, else null.
/// </summary>
public sealed record StepPlan(
    long Key,
    string StepId,
    int Order,
    StepKind Kind,
    string Title,
    int DueDay,
    bool Required,
    DateOnly? AddedOn = null,
    bool Removed = false);
