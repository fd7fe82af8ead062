namespace PlaybookPortal.Web.Onboarding;

/// <summary>A team the viewer may filter by.</summary>
public sealed record TeamChoice(int Id, string Name);
