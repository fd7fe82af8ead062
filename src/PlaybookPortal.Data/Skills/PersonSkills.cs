using PlaybookPortal.Data.People;

namespace PlaybookPortal.Data.Skills;

/// <summary>
/// One person's skills page: every catalog skill with their position's target and their current
/// and self-assessed levels, the whole history newest first, and what the viewer may record.
/// </summary>
public sealed record PersonSkills(
    PortalUser Person,
    string? TeamName,
    IReadOnlyList<PersonSkill> Skills,
    IReadOnlyList<Assessment> History,
    bool ViewerIsPerson,
    bool ViewerManages)
{
    /// <summary>A manager or editor records the official level; the person themself only a self-assessment.</summary>
    public bool CanRecordOfficial => ViewerManages && !ViewerIsPerson;
}
