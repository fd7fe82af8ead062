namespace PlaybookPortal.Web.Onboarding;

/// <summary>How many reps of a cohort are late with one step: overdue now or done after its due date.</summary>
public sealed record OverdueStepCount(string StepId, string Title, int Count);
