using PlaybookPortal.Core.Onboarding;

namespace PlaybookPortal.Web.Pages.Skills;

/// <summary>A step of a shared onboarding path that teaches or assesses a skill.</summary>
public sealed record PlanStep(string PathTitle, string StepTitle, StepKind Kind, string? SkillId, string? PlaybookId);
