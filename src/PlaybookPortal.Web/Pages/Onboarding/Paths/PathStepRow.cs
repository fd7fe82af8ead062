using PlaybookPortal.Core.Onboarding;

namespace PlaybookPortal.Web.Pages.Onboarding.Paths;

/// <summary>One step as the path page shows it; the playbook slug only when the viewer may read it.</summary>
public sealed record PathStepRow(
    string StepId, int Number, StepKind Kind, string Title, string? Description, int DueDay, bool Required,
    string? PlaybookRef, string? ReadableSlug, string? ReadableTitle, string? SkillId, int? Level, DateOnly DueDate,
    IReadOnlyList<string> Flags);
