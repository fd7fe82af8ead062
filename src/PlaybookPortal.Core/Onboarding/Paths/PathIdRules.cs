using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PlaybookPortal.Core.Onboarding.Paths;

/// <summary>
/// What path and step ids may look like: lower-case ASCII letters, digits and hyphens, at most
/// 64 characters, like position ids, because they appear in URLs and file names.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static partial class PathIdRules
{
    /// <summary>The longest id the database stores.</summary>
    public const int MaxLength = 64;

    /// <summary>True when <paramref name="id"/> is a well-formed path or step id.</summary>
    public static bool IsValid([NotNullWhen(true)] string? id) =>
        id is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(id);

    /// <summary>
    /// An id made from a title: accents dropped, anything else than letters and digits turned
    /// into single hyphens, cut at <see cref="MaxLength"/>. "step" when nothing is left.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public static string FromTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);

        var builder = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-');
        }

        var id = Hyphens().Replace(builder.ToString(), "-").Trim('-');
        id = id.Length > MaxLength ? id[..MaxLength].TrimEnd('-') : id;
        return id.Length == 0 ? "step" : id;
    }

    /// <summary>
    /// <paramref name="wanted"/> when no taken id equals it, else the first free
    /// <c>wanted-2</c>, <c>wanted-3</c>… kept within <see cref="MaxLength"/>.
    /// </summary>
    public static string Unique(string wanted, IReadOnlySet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(taken);

        if (!taken.Contains(wanted))
        {
            return wanted;
        }

        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            var stem = wanted.Length + suffix.Length > MaxLength ? wanted[..(MaxLength - suffix.Length)] : wanted;
            if (!taken.Contains(stem + suffix))
            {
                return stem + suffix;
            }
        }
    }

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex Pattern();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();
}
