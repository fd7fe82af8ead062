using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Skills.Gaps;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.Data.Skills;

/// <summary>
/// Loads a <see cref="GapMatrix"/> for the reps a viewer may see (through <see cref="PeopleScope"/>)
/// in a fixed number of queries: reps, skills, targets, assessments.
/// </summary>
public sealed class GapMatrixLoader(PortalDbContext db, PeopleScope people)
{
    /// <summary>The filtered reps the viewer may see, disabled accounts left out, by name.</summary>
    public IQueryable<PortalUser> Reps(Reader viewer, MatrixFilter filter)
    {
        var reps = people.VisibleTo(viewer).Where(u => !u.IsDisabled);
        if (filter.TeamId is { } teamId)
        {
            reps = reps.Where(u => u.TeamId == teamId);
        }

        if (!string.IsNullOrEmpty(filter.PositionId))
        {
            reps = reps.Where(u => u.PositionId == filter.PositionId);
        }

        return reps.OrderBy(u => u.DisplayName).ThenBy(u => u.Id);
    }

    /// <summary>Non-retired skills: hard before soft, then in catalog order.</summary>
    public async Task<IReadOnlyList<MatrixSkill>> SkillsAsync(CancellationToken cancellationToken) =>
        await db.Skills.AsNoTracking().Where(s => !s.IsRetired)
            .OrderBy(s => s.Category).ThenBy(s => s.Order).ThenBy(s => s.Name)
            .Select(s => new MatrixSkill(s.Id, s.Name, s.Category))
            .ToListAsync(cancellationToken);

    /// <summary>The matrix for <paramref name="reps"/> (already scoped, filtered, ordered and paged).</summary>
    public async Task<GapMatrix> LoadAsync(IQueryable<PortalUser> reps, CancellationToken cancellationToken)
    {
        var rows = await reps.AsNoTracking()
            .Select(u => new MatrixRep(u.Id, u.DisplayName, u.Email ?? "", u.Team != null ? u.Team.Name : null, u.PositionId))
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return GapMatrix.Empty;
        }

        var skills = await SkillsAsync(cancellationToken);
        var positions = rows.Select(r => r.PositionId).OfType<string>().Distinct().ToList();
        var targets = await db.SkillTargets.AsNoTracking()
            .Where(t => positions.Contains(t.PositionId))
            .ToDictionaryAsync(t => (t.PositionId, t.SkillId), t => t.Level, cancellationToken);

        var ids = rows.Select(r => r.UserId).ToList();
        var readings = await ReadingsAsync(ids, cancellationToken);
        return GapMatrix.Build(rows, skills, targets, readings);
    }

    // The current and self levels as CurrentLevelReader decides them (latest by time, ties to
    // the later-recorded), but reading only the columns the matrix shows, oldest first, so the
    // last one seen per rep and skill is the latest: no whole Assessment rows, no grouping.
    private async Task<Dictionary<(string UserId, string SkillId), (LevelReading? Official, LevelReading? Self)>> ReadingsAsync(
        List<string> userIds, CancellationToken cancellationToken)
    {
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => userIds.Contains(a.UserId))
            .OrderBy(a => a.AssessedUtc).ThenBy(a => a.Id)
            .Select(a => new { a.UserId, a.SkillId, a.Level, a.AssessorName, a.AssessedUtc, a.IsSelfAssessment })
            .ToListAsync(cancellationToken);
        var readings = new Dictionary<(string UserId, string SkillId), (LevelReading? Official, LevelReading? Self)>();
        foreach (var a in assessments)
        {
            var key = (a.UserId, a.SkillId);
            readings.TryGetValue(key, out var seen);
            var reading = new LevelReading(a.Level, a.AssessorName, a.AssessedUtc);
            readings[key] = a.IsSelfAssessment ? (seen.Official, reading) : (reading, seen.Self);
        }

        return readings;
    }
}
