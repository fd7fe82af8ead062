namespace PlaybookPortal.Core.Skills;

/// <summary>A skill as the catalog file or a CSV row describes it.</summary>
/// <param name="Id">Lower-case, unique id (<see cref="SkillIdRules"/>).</param>
/// <param name="Name">The name shown to people.</param>
/// <param name="Category">Hard (technique) or soft (quality).</param>
/// <param name="Description">What the skill is; null when not given.</param>
/// <param name="Levels">What levels 0–4 mean for this skill: always five items, null when not given.</param>
/// <remarks>Immutable; thread-safe. The parser validates; this record does not.</remarks>
public sealed record SkillDefinition(
    string Id, string Name, SkillCategory Category, string? Description, IReadOnlyList<string?> Levels)
{
    /// <summary>The entry's 1-based line in its file; null when not from a file.</summary>
    public int? Line { get; init; }

    /// <summary>
    /// <c>retired: true</c>: kept for its assessments history but out of the catalog, targets
    /// and matrix.
    /// </summary>
    public bool IsRetired { get; init; }

    /// <summary>True when both describe the same skill (lines are not compared).</summary>
    public bool SameAs(SkillDefinition other) =>
        Id == other.Id && Name == other.Name && Category == other.Category
        && Description == other.Description && Levels.SequenceEqual(other.Levels)
        && IsRetired == other.IsRetired;
}
