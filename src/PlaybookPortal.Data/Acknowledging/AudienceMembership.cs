using PlaybookPortal.Core.Access;

namespace PlaybookPortal.Data.Acknowledging;

/// <summary>
/// Who a playbook's audience names. Unlike reading, where editors and admins see everything,
/// only the people the audience is written for are asked to acknowledge: an editor is asked
/// when the audience is everyone or names a role at or below theirs.
/// </summary>
public static class AudienceMembership
{
    public static bool Includes(Audience audience, PermissionRole role, string? positionId)
    {
        ArgumentNullException.ThrowIfNull(audience);
        if (audience.IsStaffOnly)
        {
            return false;
        }

        return audience.IsEveryone
            || audience.Roles.Any(r => role >= r)
            || (positionId is { } position && audience.PositionIds.Contains(position.ToLowerInvariant()));
    }
}
