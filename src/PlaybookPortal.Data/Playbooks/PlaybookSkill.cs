namespace PlaybookPortal.Data.Playbooks;

/// <summary>A skill a playbook teaches, by skill id (unknown ids are kept).</summary>
public class PlaybookSkill
{
    public string PlaybookId { get; set; } = "";

    public string SkillId { get; set; } = "";
}
