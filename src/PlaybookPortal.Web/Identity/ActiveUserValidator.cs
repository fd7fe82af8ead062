using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlaybookPortal.Data;

namespace PlaybookPortal.Web.Identity;

/// <summary>
/// Checks the signed-in user against the database on every request, so that a disabled user
/// or one whose security stamp changed (password reset, disable) is signed out at their next
/// request instead of when the cookie expires. Role and position claims are rebuilt from the
/// database each time, so a demotion takes effect at once and the cookie never decides access.
/// </summary>
public sealed class ActiveUserValidator(PortalDbContext db, IOptions<IdentityOptions> identity)
{
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var user = id is null ? null : await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.IsDisabled, u.SecurityStamp, u.Role, u.PositionId, u.DisplayName })
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        var stamp = principal?.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (user is null || user.IsDisabled || stamp != user.SecurityStamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        var current = new ClaimsIdentity(
            principal!.Claims.Where(c => !c.Type.StartsWith("portal:", StringComparison.Ordinal)),
            principal.Identity?.AuthenticationType);
        current.AddClaim(new Claim(PortalClaimTypes.Role, user.Role.ToString()));
        current.AddClaim(new Claim(PortalClaimTypes.DisplayName, user.DisplayName));
        if (user.PositionId is not null)
        {
            current.AddClaim(new Claim(PortalClaimTypes.Position, user.PositionId));
        }

        context.ReplacePrincipal(new ClaimsPrincipal(current));
    }
}
