using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Skills.Gaps;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.Data.Skills;

/// <summary>
/// Loads a <see cref="GapMatrix"/> for the reps a viewer may see (through <see cref="PeopleScope"/>)
/// in a fixed number of queries: reps, skills, targets, assessments.
/// </summary>
public sealed class GapMatrixLoader(PortalDbContext db, PeopleScope people, CurrentLevelReader levels)
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
        var current = await levels.ReadAsync(db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.Id), cancellationToken);
        var readings = current.ToDictionary(p => p.Key, p => (Reading(p.Value.Official), Reading(p.Value.Self)));
        return GapMatrix.Build(rows, skills, targets, readings);
    }

    private static LevelReading? Reading(Assessment? assessment) =>
        assessment is null ? null : new LevelReading(assessment.Level, assessment.AssessorName, assessment.AssessedUtc);
}
