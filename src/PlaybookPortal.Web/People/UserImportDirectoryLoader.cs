using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.People;
using PlaybookPortal.Data;

namespace PlaybookPortal.Web.People;

/// <summary>Reads the users, position ids and team names a user import is checked against.</summary>
public sealed class UserImportDirectoryLoader(PortalDbContext db)
{
    public async Task<UserImportDirectory> LoadAsync(CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking()
            .Select(u => new ExistingUser(u.Id, u.Email ?? "", u.Role, u.IsDisabled))
            .ToListAsync(cancellationToken);
        var positions = await db.Positions.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().Select(t => t.Name).ToListAsync(cancellationToken);
        return new UserImportDirectory(users, positions, teams);
    }
}
