namespace PlaybookPortal.Core.People;

/// <summary>The longest values a users CSV may hold; they match the database columns.</summary>
public static class UserImportLimits
{
    public const int Email = 256;
    public const int Name = 200;
    public const int PositionId = 64;
    public const int TeamName = 200;
}
