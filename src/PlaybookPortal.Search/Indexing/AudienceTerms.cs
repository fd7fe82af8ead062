using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Search.Indexing;

/// <summary>
/// Writes a playbook's audience as keyword terms and turns a reader into the terms they may
/// see, mirroring <see cref="AudienceRules.CanRead"/> so visibility is decided inside the
/// query: hits, facet counts and totals never see what the reader may not read.
/// </summary>
internal static class AudienceTerms
{
    public const string Everyone = "everyone";
    public const string StaffOnly = "staff";

    public static IEnumerable<string> ForAudience(Audience audience)
    {
        if (audience.IsEveryone)
        {
            return [Everyone];
        }

        if (audience.IsStaffOnly)
        {
            return [StaffOnly];
        }

        return audience.Roles.Select(Role).Concat(audience.PositionIds.Select(Position));
    }

    /// <summary>
    /// The audience terms that make a published playbook readable for <paramref name="reader"/>;
    /// null when the reader reads everything (editors and admins), drafts and archived included.
    /// </summary>
    public static IReadOnlyList<string>? ForReader(Reader reader)
    {
        if (Enum.IsDefined(reader.Role) && reader.Role >= PermissionRole.Editor)
        {
            return null;
        }

        var terms = new List<string> { Everyone };
        if (Enum.IsDefined(reader.Role))
        {
            terms.AddRange(Enum.GetValues<PermissionRole>().Where(role => role <= reader.Role).Select(Role));
            if (reader.PositionId is { } position)
            {
                terms.Add(Position(position.ToLowerInvariant()));
            }
        }
        else
        {
            // A role this code does not know reads nothing, as AudienceRules decides.
            terms.Clear();
        }

        return terms;
    }

    public static string Status(PlaybookStatus status) => status.ToString().ToLowerInvariant();

    private static string Role(PermissionRole role) => "role:" + role.ToString().ToLowerInvariant();

    private static string Position(string positionId) => "position:" + positionId;
}
