namespace PlaybookPortal.Core.Skills;

/// <summary>Whether a skill is learned technique or a personal quality.</summary>
public enum SkillCategory
{
    Hard = 0,
    Soft = 1,
}
