using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace PlaybookPortal.Core.Skills;

/// <summary>What a skill id may look like: lower-case ASCII letters, digits, hyphens; at most 64.</summary>
/// <remarks>Ids appear in URLs, front matter and CSV, hence the narrow alphabet. Thread-safe.</remarks>
public static partial class SkillIdRules
{
    /// <summary>The longest id the database stores.</summary>
    public const int MaxLength = 64;

    /// <summary>True when <paramref name="id"/> is a well-formed skill id.</summary>
    public static bool IsValid([NotNullWhen(true)] string? id) =>
        id is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Pattern();
}
