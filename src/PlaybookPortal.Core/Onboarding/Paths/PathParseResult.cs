using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Onboarding.Paths;

/// <summary>A path read from YAML and what was wrong with the text.</summary>
/// <param name="Path">The path; null when the text has any error, so nothing half-read is used.</param>
/// <param name="Problems">Every problem noticed, with its line.</param>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed record PathParseResult(PathDefinition? Path, IReadOnlyList<ContentProblem> Problems)
{
    /// <summary>True when the text describes a usable path.</summary>
    public bool IsValid => Path is not null;
}
