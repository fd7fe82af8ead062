namespace PlaybookPortal.Core.People;

/// <summary>
/// The state a user import is checked against: existing users (looked up by email without
/// regard to case), the position catalog's ids and the existing team names.
/// </summary>
public sealed record UserImportDirectory(
    IReadOnlyList<ExistingUser> Users,
    IReadOnlyList<string> PositionIds,
    IReadOnlyList<string> TeamNames);
