namespace PlaybookPortal.Core.Skills.Gaps;

/// <summary>
/// One skill's training need across a group of reps. Reps not assessed are counted apart and
/// left out of <see cref="GapSum"/> (PRODUCT.md: "not assessed" is never level 0).
/// </summary>
/// <param name="Skill">The skill.</param>
/// <param name="BelowTarget">Reps assessed below their position's target.</param>
/// <param name="GapSum">The sum of those reps' gaps.</param>
/// <param name="NotAssessed">Reps whose position has a target for the skill but who have no assessment.</param>
/// <param name="WithTarget">Reps whose position has a target for the skill.</param>
public sealed record SkillPriority(MatrixSkill Skill, int BelowTarget, int GapSum, int NotAssessed, int WithTarget);
