namespace PlaybookPortal.Web.Onboarding;

/// <summary>A path the viewer may filter by or open the cohorts of.</summary>
public sealed record PathChoice(string Id, string Title);
