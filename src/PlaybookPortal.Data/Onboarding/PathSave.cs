using PlaybookPortal.Core.Onboarding.Paths;

namespace PlaybookPortal.Data.Onboarding;

/// <summary>A path saved from the browser editor.</summary>
/// <param name="Definition">The path as the form describes it, already validated.</param>
/// <param name="IsNew">True when creating: the id must not be taken.</param>
/// <param name="Version">The <see cref="OnboardingPath.Version"/> the editor started from; ignored when new.</param>
/// <param name="AuthorName">Shown as who last changed the path.</param>
public sealed record PathSave(PathDefinition Definition, bool IsNew, int Version, string AuthorName);
