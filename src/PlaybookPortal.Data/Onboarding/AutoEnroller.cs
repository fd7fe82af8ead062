using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace PlaybookPortal.Data.Onboarding;

/// <summary>
/// Enrolls a new user on the shared paths an admin chose for their position
/// (<see cref="AutoEnrollRule"/>). Runs in the caller's unit of work, so a user created inside a
/// transaction is enrolled inside it too.
/// </summary>
public sealed partial class AutoEnroller(PortalDbContext db, TimeProvider time, ILogger<AutoEnroller> logger)
{
    /// <summary>
    /// Enrolls <paramref name="userId"/> from <paramref name="startDate"/> (today in the portal's
    /// zone) on every path their position's rules name, except archived paths and paths the
    /// user already has an open enrollment on. Returns the ids of the paths enrolled on.
    /// </summary>
    public async Task<IReadOnlyList<string>> EnrollNewUserAsync(
        string userId, DateOnly startDate, CancellationToken cancellationToken)
    {
        var positionId = await db.Users.Where(u => u.Id == userId).Select(u => u.PositionId)
            .FirstOrDefaultAsync(cancellationToken);
        if (positionId is null)
        {
            return [];
        }

        var pathIds = await db.AutoEnrollRules.Where(r => r.PositionId == positionId)
            .Select(r => r.PathId)
            .Where(pathId => db.OnboardingPaths.Any(
                p => p.Id == pathId && !p.IsArchived && p.PersonalForUserId == null))
            .Where(pathId => !db.Enrollments.Any(
                e => e.UserId == userId && e.PathId == pathId && e.CompletedUtc == null))
            .OrderBy(pathId => pathId)
            .ToListAsync(cancellationToken);
        if (pathIds.Count == 0)
        {
            return [];
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.Enrollments.AddRange(pathIds.Select(pathId => new Enrollment
        {
            UserId = userId, PathId = pathId, StartDate = startDate, EnrolledUtc = now, EnrolledByUserId = null,
        }));
        await db.SaveChangesAsync(cancellationToken);

        LogEnrolled(userId, pathIds.Count);
        return pathIds;
    }

    [LoggerMessage(EventId = 1550, Level = LogLevel.Information,
        Message = "User {UserId} was enrolled automatically on {PathCount} onboarding paths by position")]
    private partial void LogEnrolled(string userId, int pathCount);
}
