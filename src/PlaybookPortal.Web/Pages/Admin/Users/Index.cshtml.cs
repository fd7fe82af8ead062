using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data;

namespace PlaybookPortal.Web.Pages.Admin.Users;

public sealed class IndexModel(PortalDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id, u.DisplayName, u.Email, u.Role, Position = u.Position != null ? u.Position.Title : null,
                Team = u.Team != null ? u.Team.Name : null, u.IsDisabled, u.LockoutEnd,
            })
            .ToListAsync(cancellationToken);
        Users = rows.ConvertAll(u => new UserRow(u.Id, u.DisplayName, u.Email ?? "", u.Role.ToString(),
            u.Position, u.Team, u.IsDisabled, u.LockoutEnd > now));
    }

    public sealed record UserRow(string Id, string Name, string Email, string Role, string? Position,
        string? Team, bool Disabled, bool LockedOut);
}
