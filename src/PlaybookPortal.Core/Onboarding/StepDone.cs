namespace PlaybookPortal.Core.Onboarding;

/// <summary>That a step is done: when, by whom, and the evidence or sign-off note.</summary>
public sealed record StepDone(DateTime CompletedUtc, string ByName, string? Note);
