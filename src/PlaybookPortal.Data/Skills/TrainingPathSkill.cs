namespace PlaybookPortal.Data.Skills;

/// <summary>One skill of a personal training path: reach <see cref="TargetLevel"/> after reading the playbooks.</summary>
public sealed record TrainingPathSkill(
    string SkillId, string SkillName, int TargetLevel, IReadOnlyList<(string PlaybookId, string Slug, string Title)> Playbooks);
