using Microsoft.AspNetCore.Components;
using PlaybookPortal.Core.Skills;

namespace PlaybookPortal.Components;

/// <summary>
/// A level on the 0–4 scale as its number and its name ("2 working"), or "not assessed" drawn
/// apart (dashed, no number), since not assessed is never level 0. The text carries the meaning;
/// the shade only repeats it. <see cref="Meaning"/>, when given, explains the level in the title.
/// </summary>
public partial class LevelBadge
{
    [Parameter]
    public int? Level { get; set; }

    /// <summary>What this level means for the skill at hand, shown as the tooltip.</summary>
    [Parameter]
    public string? Meaning { get; set; }

    private const string NotAssessedTitle = "Not assessed yet; counted apart, never as level 0";

    private string Title(int level) =>
        string.IsNullOrWhiteSpace(Meaning) ? $"Level {level} of {SkillLevels.Max}" : $"Level {level} of {SkillLevels.Max}: {Meaning}";
}
