namespace PlaybookPortal.Core.Skills;

/// <summary>The level a position needs in a skill, as a targets file or CSV row gives it.</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed record SkillTargetDefinition(string PositionId, string SkillId, int Level)
{
    /// <summary>The entry's 1-based line in its file; null when not from a file.</summary>
    public int? Line { get; init; }
}
