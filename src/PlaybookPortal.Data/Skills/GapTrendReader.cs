using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Skills;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.Data.Skills;

/// <summary>
/// Feeds <see cref="GapTrend"/> for one team and one skill: the team's reps the viewer may see
/// whose position has a target on the skill, and their official assessments of it.
/// </summary>
public sealed class GapTrendReader(PortalDbContext db, PeopleScope people, TimeProvider time)
{
    public async Task<IReadOnlyList<GapTrendPoint>> ReadAsync(
        Reader viewer, int teamId, string skillId, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var reps = await people.VisibleTo(viewer).AsNoTracking()
            .Where(u => u.TeamId == teamId)
            .Join(db.SkillTargets.Where(t => t.SkillId == skillId), u => u.PositionId, t => t.PositionId,
                (u, t) => new { u.Id, t.Level })
            .ToListAsync(cancellationToken);
        var ids = reps.Select(r => r.Id).ToList();
        var history = await db.Assessments.AsNoTracking()
            .Where(a => a.SkillId == skillId && !a.IsSelfAssessment && ids.Contains(a.UserId))
            .Select(a => new GapTrendAssessment(a.UserId, a.Level, a.AssessedUtc, a.Id))
            .ToListAsync(cancellationToken);

        return GapTrend.Compute(reps.Select(r => new GapTrendRep(r.Id, r.Level)).ToList(), history,
            time.GetUtcNow().UtcDateTime, zone);
    }
}
