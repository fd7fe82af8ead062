using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Skills;

/// <summary>The targets read from a targets file and what was wrong with it.</summary>
/// <param name="Targets">The valid rows in file order; (position, skill) unique.</param>
/// <param name="Problems">Everything noticed, with lines; rows with problems are left out.</param>
/// <param name="Failed">True when the file could not be read as targets at all.</param>
public sealed record SkillTargetsParseResult(
    IReadOnlyList<SkillTargetDefinition> Targets, IReadOnlyList<ContentProblem> Problems, bool Failed)
{
    /// <summary>The positions the file names, whether or not their rows were valid.</summary>
    public IReadOnlyList<string> Positions { get; init; } = [];
}
