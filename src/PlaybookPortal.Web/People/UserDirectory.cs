using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data;

namespace PlaybookPortal.Web.People;

/// <summary>Choices the admin forms offer: positions, teams and roles.</summary>
public sealed class UserDirectory(PortalDbContext db)
{
    public async Task<IReadOnlyList<SelectListItem>> PositionChoicesAsync(CancellationToken cancellationToken) =>
        await db.Positions.AsNoTracking().OrderBy(p => p.Title)
            .Select(p => new SelectListItem(p.Title, p.Id)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<SelectListItem>> TeamChoicesAsync(CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new SelectListItem(t.Name, t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(cancellationToken);

    /// <summary>The teams <paramref name="userId"/> leads, as (id, name), by name.</summary>
    public async Task<IReadOnlyList<SelectListItem>> TeamsLedByAsync(
        string userId, CancellationToken cancellationToken) =>
        await db.TeamManagers.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.Team!.Name)
            .Select(m => new SelectListItem(
                m.Team!.Name, m.TeamId.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(cancellationToken);

    public static IReadOnlyList<SelectListItem> RoleChoices() => Enum.GetValues<PermissionRole>()
        .Select(r => new SelectListItem(r.ToString(), r.ToString())).ToList();

    /// <summary>True when <paramref name="userId"/> is the only active admin left.</summary>
    public async Task<bool> IsLastActiveAdminAsync(string userId, CancellationToken cancellationToken) =>
        !await db.Users.AnyAsync(
            u => u.Id != userId && u.Role == PermissionRole.Admin && !u.IsDisabled, cancellationToken);

    public Task<bool> PositionExistsAsync(string? id, CancellationToken cancellationToken) =>
        id is null ? Task.FromResult(true) : db.Positions.AnyAsync(p => p.Id == id, cancellationToken);

    public Task<bool> TeamExistsAsync(int? id, CancellationToken cancellationToken) =>
        id is null ? Task.FromResult(true) : db.Teams.AnyAsync(t => t.Id == id, cancellationToken);
}
