namespace PlaybookPortal.Core.Skills.Gaps;

/// <summary>One entry of a rep's training plan: a skill, the target and where the rep stands.</summary>
/// <param name="Skill">The skill.</param>
/// <param name="Target">The level the rep's position needs.</param>
/// <param name="Current">The current level; null when the rep has not been assessed on it.</param>
public sealed record PlanGap(MatrixSkill Skill, int Target, int? Current)
{
    /// <summary>Target minus current; null when not assessed.</summary>
    public int? Gap => Current is { } current ? Math.Max(0, Target - current) : null;
}
