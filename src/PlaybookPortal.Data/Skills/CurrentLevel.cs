namespace PlaybookPortal.Data.Skills;

/// <summary>
/// A rep's standing on a skill: the latest assessment by a manager or editor (the current
/// level) and their latest self-assessment, shown beside it. Either may be missing.
/// </summary>
public sealed record CurrentLevel(string UserId, string SkillId, Assessment? Official, Assessment? Self)
{
    public int? Level => Official?.Level;
}
