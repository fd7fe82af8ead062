using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data;

namespace PlaybookPortal.Web.People;

/// <summary>Team names are unique without regard to case: "East Region" and "east region" are one team.</summary>
public static class TeamNames
{
    public static async Task<bool> IsTakenAsync(
        PortalDbContext db, string name, int? exceptTeamId, CancellationToken cancellationToken)
    {
        // Teams are few; comparing in memory keeps the rule identical on SQLite and PostgreSQL,
        // whose case-insensitive comparisons differ.
        var names = await db.Teams.Where(t => t.Id != exceptTeamId).Select(t => t.Name).ToListAsync(cancellationToken);
        return names.Exists(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
    }
}
