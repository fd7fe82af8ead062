using Microsoft.EntityFrameworkCore;

namespace PlaybookPortal.Data.Skills;

/// <summary>Reads current levels for many reps at once (PRODUCT.md "Skills").</summary>
public sealed class CurrentLevelReader(PortalDbContext db)
{
    /// <summary>
    /// The current and self-assessed levels of every user in <paramref name="userIds"/>, keyed
    /// by (user, skill). Ties in time go to the later-recorded assessment.
    /// </summary>
    public async Task<IReadOnlyDictionary<(string UserId, string SkillId), CurrentLevel>> ReadAsync(
        IQueryable<string> userIds, CancellationToken cancellationToken)
    {
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => userIds.Contains(a.UserId))
            .ToListAsync(cancellationToken);
        return assessments
            .GroupBy(a => (a.UserId, a.SkillId))
            .ToDictionary(g => g.Key, g => new CurrentLevel(
                g.Key.UserId, g.Key.SkillId,
                Latest(g.Where(a => !a.IsSelfAssessment)),
                Latest(g.Where(a => a.IsSelfAssessment))));
    }

    private static Assessment? Latest(IEnumerable<Assessment> assessments) =>
        assessments.OrderByDescending(a => a.AssessedUtc).ThenByDescending(a => a.Id).FirstOrDefault();
}
