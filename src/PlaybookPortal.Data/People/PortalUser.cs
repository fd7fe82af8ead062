using Microsoft.AspNetCore.Identity;
using PlaybookPortal.Core.Access;

namespace PlaybookPortal.Data.People;

/// <summary>A person who signs in: an Identity account plus their role, position and team.</summary>
public class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public PermissionRole Role { get; set; } = PermissionRole.Rep;

    public string? PositionId { get; set; }

    public Position? Position { get; set; }

    public int? TeamId { get; set; }

    public Team? Team { get; set; }

    /// <summary>A disabled user is refused at their next request; the row stays for history.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedUtc { get; set; }
}
