namespace PlaybookPortal.Core.Skills.Gaps;

/// <summary>
/// A rep against one skill: the gap and the assessments behind it. <see cref="Official"/> is the
/// current level (latest by a manager or editor); <see cref="Self"/> is shown beside it only.
/// </summary>
public readonly record struct GapCell(SkillGap Gap, LevelReading? Official, LevelReading? Self);
