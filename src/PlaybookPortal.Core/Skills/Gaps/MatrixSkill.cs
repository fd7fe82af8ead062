namespace PlaybookPortal.Core.Skills.Gaps;

/// <summary>A column of the gap matrix: one skill of the catalog.</summary>
public sealed record MatrixSkill(string Id, string Name, SkillCategory Category);
