namespace PlaybookPortal.Web.Identity;

/// <summary>Claims the portal adds from the database on every request.</summary>
public static class PortalClaimTypes
{
    public const string Role = "portal:role";
    public const string Position = "portal:position";
    public const string DisplayName = "portal:name";
}
