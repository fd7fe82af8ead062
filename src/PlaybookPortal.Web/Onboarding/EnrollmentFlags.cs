using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Catalog;

namespace PlaybookPortal.Web.Onboarding;

/// <summary>
/// Warnings shown before someone is enrolled: read steps whose playbook the rep may not read,
/// or that name no playbook at all. The rep would be stuck on such a step, so the person
/// enrolling sees it first. The flags name steps, never the playbook, so a manager who may not
/// read it learns nothing about it. Unlike the path page's flags (every position of the path,
/// <see cref="PlaybookPortal.Data.Onboarding.PathAudienceCheck"/>), this asks about the one rep
/// being enrolled, whose role or position may differ from the path's.
/// </summary>
public sealed class EnrollmentFlags(PortalDbContext db, PlaybookCatalog catalog)
{
    public async Task<IReadOnlyList<string>> ForAsync(string userId, string pathId, CancellationToken cancellationToken)
    {
        var rep = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.DisplayName, u.Role, u.PositionId })
            .SingleOrDefaultAsync(cancellationToken);
        if (rep is null)
        {
            return [];
        }

        var steps = await db.OnboardingSteps.AsNoTracking()
            .Where(s => s.PathId == pathId && s.Kind == StepKind.Read && s.RemovedUtc == null)
            .OrderBy(s => s.Order)
            .Select(s => new { s.Title, s.PlaybookId })
            .ToListAsync(cancellationToken);
        var snapshot = await catalog.CurrentAsync(cancellationToken);
        var reader = new Reader(rep.Id, rep.Role, rep.PositionId);

        var flags = new List<string>();
        foreach (var step in steps)
        {
            if (step.PlaybookId is null || !snapshot.ById.TryGetValue(step.PlaybookId, out var entry))
            {
                flags.Add($"“{step.Title}” names a playbook that was not found; {rep.DisplayName} cannot complete it.");
            }
            else if (!entry.CanBeReadBy(reader))
            {
                flags.Add($"{rep.DisplayName} may not read the playbook of “{step.Title}” and cannot complete it.");
            }
        }

        return flags;
    }
}
