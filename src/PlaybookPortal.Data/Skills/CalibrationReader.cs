using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.Data.Skills;

/// <summary>
/// Self-assessments set against official ones for every rep and skill where both exist, among
/// the people a viewer may see, optionally narrowed to a team and a skill.
/// </summary>
public sealed class CalibrationReader(PortalDbContext db, PeopleScope people, CurrentLevelReader levels)
{
    public async Task<IReadOnlyList<CalibrationRow>> ReadAsync(
        Reader viewer, int? teamId, string? skillId, CancellationToken cancellationToken)
    {
        var reps = people.VisibleTo(viewer);
        if (teamId is { } team)
        {
            reps = reps.Where(u => u.TeamId == team);
        }

        var names = await reps.AsNoTracking()
            .Select(u => new { u.Id, u.DisplayName, TeamName = u.Team == null ? null : u.Team.Name })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        var skills = await db.Skills.AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
        var current = await levels.ReadAsync(reps.Select(u => u.Id), cancellationToken);

        return current.Values
            .Where(c => c.Self is not null && c.Official is not null && (skillId is null || c.SkillId == skillId))
            .Where(c => names.ContainsKey(c.UserId) && skills.ContainsKey(c.SkillId))
            .Select(c => new CalibrationRow(
                c.UserId, names[c.UserId].DisplayName, names[c.UserId].TeamName,
                c.SkillId, skills[c.SkillId].Name, c.Self!, c.Official!))
            .OrderBy(r => r.UserName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(r => skills[r.SkillId].Order).ThenBy(r => r.SkillId, StringComparer.Ordinal)
            .ToList();
    }
}
