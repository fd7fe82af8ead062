namespace PlaybookPortal.Data.Skills;

/// <summary>The level a position needs in a skill.</summary>
public class SkillTarget
{
    public string PositionId { get; set; } = "";

    public string SkillId { get; set; } = "";

    public int Level { get; set; }
}
