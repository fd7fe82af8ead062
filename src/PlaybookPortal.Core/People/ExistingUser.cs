using PlaybookPortal.Core.Access;

namespace PlaybookPortal.Core.People;

/// <summary>What the import planner needs to know about a user that already exists.</summary>
public sealed record ExistingUser(string Id, string Email, PermissionRole Role, bool IsDisabled);
