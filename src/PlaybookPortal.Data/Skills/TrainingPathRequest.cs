namespace PlaybookPortal.Data.Skills;

/// <summary>What a personal training path is made of: one entry per skill, largest gap first.</summary>
// Skills: each with its target level and the playbooks (id, slug, title) that teach it, largest gap first.
public sealed record TrainingPathRequest(
    string RepUserId,
    string RepName,
    string RepEmail,
    IReadOnlyList<TrainingPathSkill> Skills,
    string CreatedByUserId,
    string CreatedByName);
