using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.Hosting;

namespace PlaybookPortal.Web.Onboarding;

/// <summary>
/// Reads the enrollments a viewer may see (through <see cref="PeopleScope"/>: a manager their
/// teams', staff everyone's) with their progress today. Team and path filters narrow the
/// query; the status filter and the sort work on computed progress, so they run in memory.
/// </summary>
public sealed class TeamViewReader(
    PortalDbContext db, PeopleScope people, EnrollmentProgressLoader loader, PortalClock clock)
{
    /// <summary>True when the viewer may open the team and cohort views at all: managers and staff.</summary>
    public static bool MayView(Reader viewer) => viewer.Role >= PermissionRole.Manager;

    /// <summary>The enrollments <paramref name="viewer"/> may see, before any filter.</summary>
    public IQueryable<Enrollment> VisibleEnrollments(Reader viewer)
    {
        if (viewer.Role >= PermissionRole.Editor)
        {
            return db.Enrollments;
        }

        var visibleUsers = people.VisibleTo(viewer).Select(u => u.Id);
        return db.Enrollments.Where(e => visibleUsers.Contains(e.UserId));
    }

    public async Task<TeamView> ReadAsync(Reader viewer, TeamViewFilter filter, CancellationToken cancellationToken)
    {
        var enrollments = VisibleEnrollments(viewer);
        var teams = await people.TeamsVisibleTo(viewer).AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new TeamChoice(t.Id, t.Name))
            .ToListAsync(cancellationToken);
        var paths = await PathsAsync(enrollments, cancellationToken);

        if (filter.TeamId is { } teamId)
        {
            enrollments = enrollments.Where(e => db.Users.Any(u => u.Id == e.UserId && u.TeamId == teamId));
        }

        if (filter.PathId is { } pathId)
        {
            enrollments = enrollments.Where(e => e.PathId == pathId);
        }

        var loaded = await loader.LoadAsync(enrollments, clock.Today, clock.Zone, cancellationToken);
        var shown = filter.Status is { } status ? loaded.Where(r => r.Progress.Status == status) : loaded;
        return new TeamView(TeamRowOrder.Apply(shown, filter.Sort, filter.Descending), teams, paths);
    }

    /// <summary>The paths that visible enrollments follow, by title.</summary>
    public async Task<IReadOnlyList<PathChoice>> PathsAsync(
        IQueryable<Enrollment> enrollments, CancellationToken cancellationToken)
    {
        var pathIds = enrollments.Select(e => e.PathId);
        return await db.OnboardingPaths.AsNoTracking()
            .Where(p => pathIds.Contains(p.Id))
            .OrderBy(p => p.Title)
            .Select(p => new PathChoice(p.Id, p.Title))
            .ToListAsync(cancellationToken);
    }
}
