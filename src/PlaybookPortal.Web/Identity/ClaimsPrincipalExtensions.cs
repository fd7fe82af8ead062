using System.Security.Claims;
using PlaybookPortal.Core.Access;

namespace PlaybookPortal.Web.Identity;

/// <summary>Reads the portal's claims, which the claims transformation keeps current.</summary>
public static class ClaimsPrincipalExtensions
{
    public static PermissionRole? GetPermissionRole(this ClaimsPrincipal user) =>
        Enum.TryParse<PermissionRole>(user.FindFirstValue(PortalClaimTypes.Role), out var role)
            ? role
            : null;

    /// <summary>The reader for visibility checks, or null for an anonymous request.</summary>
    public static Reader? ToReader(this ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = user.GetPermissionRole();
        return id is null || role is null
            ? null
            : new Reader(id, role.Value, user.FindFirstValue(PortalClaimTypes.Position));
    }

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(PortalClaimTypes.DisplayName) ?? user.Identity?.Name ?? "";
}
