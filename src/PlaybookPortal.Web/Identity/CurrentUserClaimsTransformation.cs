using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlaybookPortal.Data;

namespace PlaybookPortal.Web.Identity;

/// <summary>
/// Reloads the signed-in user on every request, so that a disabled, demoted or re-keyed user is
/// refused at their next request instead of when the cookie expires. The role and position
/// claims always come from the database, never from the cookie.
/// </summary>
public sealed class CurrentUserClaimsTransformation(PortalDbContext db, IOptions<IdentityOptions> identity)
    : IClaimsTransformation
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return principal;
        }

        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var user = id is null ? null : await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.IsDisabled, u.SecurityStamp, u.Role, u.PositionId, u.DisplayName })
            .FirstOrDefaultAsync();
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (user is null || user.IsDisabled || stamp != user.SecurityStamp)
        {
            return Anonymous;
        }

        var current = new ClaimsIdentity(
            principal.Claims.Where(c => !c.Type.StartsWith("portal:", StringComparison.Ordinal)),
            principal.Identity.AuthenticationType);
        current.AddClaim(new Claim(PortalClaimTypes.Role, user.Role.ToString()));
        current.AddClaim(new Claim(PortalClaimTypes.DisplayName, user.DisplayName));
        if (user.PositionId is not null)
        {
            current.AddClaim(new Claim(PortalClaimTypes.Position, user.PositionId));
        }

        return new ClaimsPrincipal(current);
    }
}
