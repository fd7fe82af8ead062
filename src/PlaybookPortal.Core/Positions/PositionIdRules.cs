using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace PlaybookPortal.Core.Positions;

/// <summary>What a position id may look like: lower-case ASCII letters, digits, hyphens.</summary>
/// <remarks>
/// Ids appear in URLs, audiences and storage text, hence the narrow alphabet. Thread-safe.
/// </remarks>
public static partial class PositionIdRules
{
    /// <summary>True when <paramref name="id"/> is a well-formed position id.</summary>
    public static bool IsValid([NotNullWhen(true)] string? id) =>
        id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex Pattern();
}
