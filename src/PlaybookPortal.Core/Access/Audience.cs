using PlaybookPortal.Core.Positions;

namespace PlaybookPortal.Core.Access;

/// <summary>
/// Who may read a playbook besides editors and admins: everyone signed in, staff only, or
/// the listed permission roles (and those above them) and positions.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equal audiences have equal <see cref="ToStorage"/> text.
/// Nothing listed never means everyone: <see cref="Of"/> with empty lists gives
/// <see cref="StaffOnly"/>, so a list lost on the way fails closed.
/// </remarks>
public sealed class Audience : IEquatable<Audience>
{
    private const string EveryoneText = "*";
    private const string StaffOnlyText = "!staff";
    private const string RolePrefix = "role:";
    private const string PositionPrefix = "position:";

    private static readonly Dictionary<string, PermissionRole> RolesByStorageName =
        Enum.GetValues<PermissionRole>().ToDictionary(StorageName, StringComparer.Ordinal);

    private readonly string _storage;

    private Audience(HashSet<PermissionRole> roles, HashSet<string> positionIds, string storage)
    {
        Roles = roles;
        PositionIds = positionIds;
        _storage = storage;
    }

    /// <summary>Every signed-in user: a playbook with no <c>audience</c>.</summary>
    public static Audience Everyone { get; } = new([], [], EveryoneText);

    /// <summary>Editors and admins only: the fail-closed result of an unreadable audience.</summary>
    public static Audience StaffOnly { get; } = new([], [], StaffOnlyText);

    /// <summary>
    /// The listed roles; a reader at or above any of them may read. Empty for
    /// <see cref="Everyone"/> and <see cref="StaffOnly"/>.
    /// </summary>
    public IReadOnlySet<PermissionRole> Roles { get; }

    /// <summary>The listed position ids, lower-case; empty for the two special audiences.</summary>
    public IReadOnlySet<string> PositionIds { get; }

    /// <summary>True for <see cref="Everyone"/>.</summary>
    public bool IsEveryone => ReferenceEquals(this, Everyone);

    /// <summary>True for <see cref="StaffOnly"/>.</summary>
    public bool IsStaffOnly => ReferenceEquals(this, StaffOnly);

    /// <summary>An audience of the given roles and positions (ids lower-cased).</summary>
    /// <returns><see cref="StaffOnly"/> when both are empty (see remarks).</returns>
    /// <exception cref="ArgumentException">
    /// A role is undefined or a position id is malformed (<see cref="PositionIdRules"/>).
    /// </exception>
    public static Audience Of(IEnumerable<PermissionRole> roles, IEnumerable<string> positionIds)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(positionIds);

        var roleSet = roles.ToHashSet();
        var positionSet = positionIds
            .Select(id => id.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        if (roleSet.Any(role => !Enum.IsDefined(role)))
        {
            throw new ArgumentException("An audience lists only defined roles.", nameof(roles));
        }

        if (!positionSet.All(PositionIdRules.IsValid))
        {
            throw new ArgumentException(
                "Position ids are lower-case letters, digits and hyphens.", nameof(positionIds));
        }

        if (roleSet.Count == 0 && positionSet.Count == 0)
        {
            return StaffOnly;
        }

        var parts = roleSet.Order()
            .Select(role => RolePrefix + StorageName(role))
            .Concat(positionSet.Order(StringComparer.Ordinal).Select(id => PositionPrefix + id));
        return new Audience(roleSet, positionSet, string.Join(';', parts));
    }

    /// <summary>
    /// Reads text written by <see cref="ToStorage"/>. Anything else, blank text included,
    /// gives <see cref="StaffOnly"/>: a damaged column must hide a playbook, not open it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="storage"/> is null.</exception>
    public static Audience FromStorage(string storage)
    {
        ArgumentNullException.ThrowIfNull(storage);

        if (storage == EveryoneText)
        {
            return Everyone;
        }

        var roles = new List<PermissionRole>();
        var positions = new List<string>();
        foreach (var part in storage.Split(';'))
        {
            if (ReadRole(part) is { } role)
            {
                roles.Add(role);
            }
            else if (part.StartsWith(PositionPrefix, StringComparison.Ordinal)
                && PositionIdRules.IsValid(part[PositionPrefix.Length..]))
            {
                positions.Add(part[PositionPrefix.Length..]);
            }
            else
            {
                return StaffOnly;
            }
        }

        return Of(roles, positions);
    }

    /// <summary>
    /// A compact, stable text for a database column: <c>*</c> for everyone, <c>!staff</c>
    /// for staff only, else <c>role:manager;position:ae</c> with roles in rank order and
    /// positions in ordinal order.
    /// </summary>
    public string ToStorage() => _storage;

    /// <inheritdoc />
    public bool Equals(Audience? other) => other is not null && _storage == other._storage;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Audience);

    /// <inheritdoc />
    public override int GetHashCode() => _storage.GetHashCode(StringComparison.Ordinal);

    /// <summary>The storage text, for logs and test messages.</summary>
    public override string ToString() => _storage;

    private static string StorageName(PermissionRole role) => role.ToString().ToLowerInvariant();

    // Only the exact names ToStorage writes; "role:2" or "role:Manager" is damage, not a role.
    private static PermissionRole? ReadRole(string part) =>
        part.StartsWith(RolePrefix, StringComparison.Ordinal)
        && RolesByStorageName.TryGetValue(part[RolePrefix.Length..], out var role)
            ? role
            : null;
}
