using PlaybookPortal.Core.Access;

namespace PlaybookPortal.Data.People;

/// <summary>
/// Whose onboarding and skills a viewer may see: a rep only their own, a manager the members of
/// every team they lead (and themselves), editors and admins everyone. Every page that lists
/// people starts from here, so the rule lives in one place.
/// </summary>
public sealed class PeopleScope(PortalDbContext db)
{
    /// <summary>The users <paramref name="viewer"/> may see, disabled ones included (history stays visible).</summary>
    public IQueryable<PortalUser> VisibleTo(Reader viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Role switch
        {
            >= PermissionRole.Editor => db.Users,
            PermissionRole.Manager => db.Users.Where(u => u.Id == viewer.UserId
                || (u.TeamId != null && db.TeamManagers.Any(m => m.UserId == viewer.UserId && m.TeamId == u.TeamId))),
            _ => db.Users.Where(u => u.Id == viewer.UserId),
        };
    }

    /// <summary>True when <paramref name="viewer"/> may act as manager for <paramref name="userId"/>: an editor or admin, or a manager of the user's team.</summary>
    public IQueryable<bool> ManagesQuery(Reader viewer, string userId) =>
        db.Users.Where(u => u.Id == userId).Select(u =>
            viewer.Role >= PermissionRole.Editor
            || (viewer.Role == PermissionRole.Manager && u.TeamId != null
                && db.TeamManagers.Any(m => m.UserId == viewer.UserId && m.TeamId == u.TeamId)));

    /// <summary>The teams <paramref name="viewer"/> may filter by: all for staff, the led ones for a manager, their own for a rep.</summary>
    public IQueryable<Team> TeamsVisibleTo(Reader viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Role switch
        {
            >= PermissionRole.Editor => db.Teams,
            PermissionRole.Manager => db.Teams.Where(t => t.Managers.Any(m => m.UserId == viewer.UserId)),
            _ => db.Teams.Where(t => t.Members.Any(u => u.Id == viewer.UserId)),
        };
    }
}
