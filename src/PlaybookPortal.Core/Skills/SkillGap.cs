namespace PlaybookPortal.Core.Skills;

/// <summary>
/// A rep against a target on one skill. Not assessed is never level 0: it has no gap and is
/// counted apart from sums.
/// </summary>
public readonly record struct SkillGap(int? Target, int? Current)
{
    public bool IsAssessed => Current is not null;

    public bool HasTarget => Target is not null;

    /// <summary>Target minus current when below target; 0 at or above it; null when not assessed or without a target.</summary>
    public int? Gap => Target is { } target && Current is { } current ? Math.Max(0, target - current) : null;

    public bool IsBelowTarget => Gap > 0;
}
