using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Access;

/// <summary>Decides whether a reader may read a playbook (PRODUCT.md "Audience").</summary>
/// <remarks>
/// Whoever may not read a playbook must not learn of it anywhere, so callers apply this to
/// lists, hits, counts and links alike. Unknown enum values are refused: a role or status
/// this code does not know cannot widen access. Stateless and thread-safe.
/// </remarks>
public static class AudienceRules
{
    /// <summary>
    /// True when <paramref name="reader"/> may read a playbook with this audience and status:
    /// editors and admins read everything, drafts and archived playbooks included; others
    /// read published playbooks whose audience is everyone, lists a role at or below theirs,
    /// or lists their position.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool CanRead(Reader reader, Audience audience, PlaybookStatus status)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(audience);

        if (!Enum.IsDefined(reader.Role))
        {
            return false;
        }

        if (reader.Role >= PermissionRole.Editor)
        {
            return true;
        }

        if (status != PlaybookStatus.Published || audience.IsStaffOnly)
        {
            return false;
        }

        return audience.IsEveryone
            || audience.Roles.Any(role => reader.Role >= role)
            || (reader.PositionId is { } position
                && audience.PositionIds.Contains(position.ToLowerInvariant()));
    }
}
