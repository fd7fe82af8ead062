using PlaybookPortal.Core.Skills;

namespace PlaybookPortal.Data.Skills;

/// <summary>A skill in the catalog with what each level 0–4 means for it.</summary>
public class Skill
{
    /// <summary>The skill's <c>id</c>; playbooks, steps, targets and assessments refer to it.</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public SkillCategory Category { get; set; }

    public string? Description { get; set; }

    public string? Level0 { get; set; }

    public string? Level1 { get; set; }

    public string? Level2 { get; set; }

    public string? Level3 { get; set; }

    public string? Level4 { get; set; }

    /// <summary>Order in the catalog, for stable display and export.</summary>
    public int Order { get; set; }

    /// <summary>A retired skill keeps its assessments but leaves the catalog, targets and matrix.</summary>
    public bool IsRetired { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string? LevelMeaning(int level) => level switch
    {
        0 => Level0,
        1 => Level1,
        2 => Level2,
        3 => Level3,
        4 => Level4,
        _ => null,
    };
}
