namespace PlaybookPortal.Data.Skills;

/// <summary>
/// A rep's own view of a skill against their manager's: <see cref="Difference"/> is self minus
/// official, so positive means the rep rates themselves higher than their manager does.
/// </summary>
public sealed record CalibrationRow(
    string UserId, string UserName, string? TeamName, string SkillId, string SkillName,
    Assessment Self, Assessment Official)
{
    public int Difference => Self.Level - Official.Level;
}
