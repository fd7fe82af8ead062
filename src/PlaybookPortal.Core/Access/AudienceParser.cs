using PlaybookPortal.Core.Positions;

namespace PlaybookPortal.Core.Access;

/// <summary>
/// Reads a front matter <c>audience</c> list (PRODUCT.md "Audience"): permission role names
/// (rep, manager, editor, admin, singular or plural) and position ids from the catalog,
/// without regard to case.
/// </summary>
/// <remarks>
/// Visibility fails closed: one value that names nothing makes the whole audience
/// <see cref="Audience.StaffOnly"/>, because guessing what was meant could show a playbook
/// to people it was kept from. A value that is both a role name and a position id means the
/// role. Stateless and thread-safe.
/// </remarks>
public static class AudienceParser
{
    private static readonly Dictionary<string, PermissionRole> RoleNames =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["rep"] = PermissionRole.Rep,
            ["reps"] = PermissionRole.Rep,
            ["manager"] = PermissionRole.Manager,
            ["managers"] = PermissionRole.Manager,
            ["editor"] = PermissionRole.Editor,
            ["editors"] = PermissionRole.Editor,
            ["admin"] = PermissionRole.Admin,
            ["admins"] = PermissionRole.Admin,
        };

    /// <summary>Parses <paramref name="values"/> against the catalog's position ids.</summary>
    /// <returns><see cref="Audience.Everyone"/> when there are no non-blank values.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AudienceParseResult Parse(
        IReadOnlyList<string> values, IReadOnlySet<string> knownPositionIds)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(knownPositionIds);

        var roles = new List<PermissionRole>();
        var positions = new List<string>();
        var unknown = new List<string>();
        foreach (var raw in values)
        {
            var value = raw?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (RoleNames.TryGetValue(value, out var role))
            {
                roles.Add(role);
            }
            else if (IsKnownPosition(value.ToLowerInvariant(), knownPositionIds))
            {
                positions.Add(value.ToLowerInvariant());
            }
            else
            {
                unknown.Add(value);
            }
        }

        if (unknown.Count > 0)
        {
            return new AudienceParseResult(Audience.StaffOnly, unknown);
        }

        return roles.Count == 0 && positions.Count == 0
            ? new AudienceParseResult(Audience.Everyone, [])
            : new AudienceParseResult(Audience.Of(roles, positions), []);
    }

    // The catalog's ids are lower-case by its own rules, but the set may come from anywhere.
    private static bool IsKnownPosition(string id, IReadOnlySet<string> knownPositionIds) =>
        PositionIdRules.IsValid(id)
        && (knownPositionIds.Contains(id)
            || knownPositionIds.Any(known => id.Equals(known, StringComparison.OrdinalIgnoreCase)));
}
