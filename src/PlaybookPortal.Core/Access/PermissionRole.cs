namespace PlaybookPortal.Core.Access;

/// <summary>
/// The permission role every user holds. Values are ordered: a higher role may do all a lower
/// one may, so comparisons such as <c>role &gt;= PermissionRole.Manager</c> are meaningful.
/// </summary>
public enum PermissionRole
{
    Rep = 0,
    Manager = 1,
    Editor = 2,
    Admin = 3,
}
