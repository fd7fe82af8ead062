namespace PlaybookPortal.Core.Access;

/// <summary>
/// A user's permission role (PRODUCT.md "People, permissions and positions"). The values are
/// ordered: a higher role may do everything a lower one may, so comparisons are meaningful.
/// </summary>
public enum PermissionRole
{
    /// <summary>A front-line seller; a new hire is a rep with an open enrollment.</summary>
    Rep = 0,

    /// <summary>Leads one or more teams.</summary>
    Manager = 1,

    /// <summary>Enablement or sales-ops staff: reads everything, writes content.</summary>
    Editor = 2,

    /// <summary>Runs the installation.</summary>
    Admin = 3,
}
