namespace PlaybookPortal.Web.Pages.Skills;

/// <summary>A rep's plan as the page shows it; <see cref="CanMakePath"/> when the viewer manages the rep.</summary>
public sealed record PlanView(
    string UserId, string Name, string Email, bool CanMakePath,
    IReadOnlyList<PlanEntry> Gaps, IReadOnlyList<PlanEntry> NotAssessed);
