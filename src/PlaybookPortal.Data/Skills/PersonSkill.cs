namespace PlaybookPortal.Data.Skills;

/// <summary>A skill on a person's page with the target their position sets (null: none) and their standing.</summary>
public sealed record PersonSkill(Skill Skill, int? Target, CurrentLevel Level);
