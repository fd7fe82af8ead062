namespace PlaybookPortal.Core.Onboarding.Paths;

/// <summary>An onboarding path as its YAML file describes it.</summary>
/// <param name="Id">The path's stable id (<see cref="PathIdRules"/>).</param>
/// <param name="Title">The name shown to people.</param>
/// <param name="Description">What the path is for; null when not given.</param>
/// <param name="Positions">Position ids the path is meant for, lower-case, without repeats.</param>
/// <param name="Steps">The steps in order; step ids unique within the path.</param>
/// <remarks>Immutable; thread-safe. Nothing here validates; the parser does.</remarks>
public sealed record PathDefinition(
    string Id,
    string Title,
    string? Description,
    IReadOnlyList<string> Positions,
    IReadOnlyList<PathStepDefinition> Steps);
