namespace PlaybookPortal.Core.Access;

/// <summary>
/// A signed-in user asking to read something. There is no anonymous reader: every playbook
/// needs sign-in, so code that has no user has no <see cref="Reader"/> and reads nothing.
/// </summary>
/// <param name="UserId">The user's id, for auditing; not used to decide access.</param>
/// <param name="Role">The user's permission role.</param>
/// <param name="PositionId">The user's position id from the catalog; null when unassigned.</param>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed record Reader(string UserId, PermissionRole Role, string? PositionId);
