using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Web.Hosting;

namespace PlaybookPortal.Web.Onboarding;

/// <summary>
/// The cohorts of one shared path, built from the enrollments the viewer may see. A personal
/// path has no cohorts (it has one rep), so it is treated as not found.
/// </summary>
public sealed class CohortReader(
    PortalDbContext db, TeamViewReader teams, EnrollmentProgressLoader loader, PortalClock clock)
{
    /// <summary>The path with its cohorts, or null when no shared path has this id.</summary>
    public async Task<(PathChoice Path, IReadOnlyList<Cohort> Cohorts)?> ReadAsync(
        Reader viewer, string pathId, CancellationToken cancellationToken)
    {
        var path = await db.OnboardingPaths.AsNoTracking()
            .Where(p => p.Id == pathId && p.PersonalForUserId == null)
            .Select(p => new PathChoice(p.Id, p.Title))
            .FirstOrDefaultAsync(cancellationToken);
        if (path is null)
        {
            return null;
        }

        var enrollments = teams.VisibleEnrollments(viewer).Where(e => e.PathId == pathId);
        var loaded = await loader.LoadAsync(enrollments, clock.Today, clock.Zone, cancellationToken);
        return (path, CohortBuilder.Build(loaded, clock.Zone));
    }

    /// <summary>Shared paths for the cohort index, with how many visible enrollments each has.</summary>
    public async Task<IReadOnlyList<(PathChoice Path, int Enrollments)>> PathsAsync(
        Reader viewer, CancellationToken cancellationToken)
    {
        var visible = teams.VisibleEnrollments(viewer);
        var paths = await db.OnboardingPaths.AsNoTracking()
            .Where(p => p.PersonalForUserId == null)
            .OrderBy(p => p.Title)
            .Select(p => new { p.Id, p.Title, Count = visible.Count(e => e.PathId == p.Id) })
            .ToListAsync(cancellationToken);
        return paths.Select(p => (new PathChoice(p.Id, p.Title), p.Count)).ToList();
    }
}
