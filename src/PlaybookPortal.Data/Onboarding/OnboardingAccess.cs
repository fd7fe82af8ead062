using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.Data.Onboarding;

/// <summary>
/// Whose enrollments a viewer may see and act on. A rep sees only their own; a manager those of
/// the teams they lead; editors and admins everyone's. Built on <see cref="PeopleScope"/> so the
/// rule about people lives in one place.
/// </summary>
public sealed class OnboardingAccess(PortalDbContext db, PeopleScope people)
{
    /// <summary>The enrollments <paramref name="viewer"/> may see.</summary>
    public IQueryable<Enrollment> EnrollmentsVisibleTo(Reader viewer)
    {
        var visible = people.VisibleTo(viewer).Select(u => u.Id);
        return db.Enrollments.Where(e => visible.Contains(e.UserId));
    }

    /// <summary>True when <paramref name="viewer"/> may sign off steps of <paramref name="userId"/>: their manager or staff, never the rep themself.</summary>
    public async Task<bool> MaySignOffForAsync(Reader viewer, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.UserId == userId)
        {
            return false;
        }

        return await people.ManagesQuery(viewer, userId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>True when <paramref name="viewer"/> may enroll people at all (managers, editors, admins).</summary>
    public static bool MayEnroll(Reader viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Role >= PermissionRole.Manager;
    }
}
