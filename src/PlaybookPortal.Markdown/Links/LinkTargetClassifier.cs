using System.Text.RegularExpressions;

namespace PlaybookPortal.Markdown.Links;

/// <summary>
/// Classifies link targets. The sanitizer has already removed disallowed schemes; this check is
/// the second line: it looks at the target the way a browser does, ignoring white space and
/// control characters inside the scheme (<c>java&#x09;script:</c>), so nothing but http(s) and
/// mailto ever counts as a scheme we link to.
/// </summary>
internal static partial class LinkTargetClassifier
{
    public static LinkTargetKind Classify(string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return LinkTargetKind.Missing;
        }

        var compact = Invisible().Replace(href, string.Empty);
        if (compact.StartsWith('#'))
        {
            return LinkTargetKind.Fragment;
        }

        // Browsers read "//host" and "\\host" as the same scheme as the page: another site.
        if (compact.StartsWith("//", StringComparison.Ordinal)
            || compact.StartsWith(@"\\", StringComparison.Ordinal))
        {
            return LinkTargetKind.External;
        }

        var scheme = Scheme().Match(compact);
        if (!scheme.Success)
        {
            return LinkTargetKind.Internal;
        }

        return scheme.Groups[1].Value.ToLowerInvariant() is "http" or "https" or "mailto"
            ? LinkTargetKind.External
            : LinkTargetKind.Unsafe;
    }

    /// <summary>True for an absolute http(s) URL, the only kind of image the portal shows.</summary>
    public static bool IsWebAddress(string? src) =>
        Classify(src) == LinkTargetKind.External
        && WebScheme().IsMatch(Invisible().Replace(src!, string.Empty));

    // ASCII white space and control characters, which URL parsers strip or skip.
    [GeneratedRegex(@"[\u0000-\u0020\u007F]")]
    private static partial Regex Invisible();

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex WebScheme();
}
