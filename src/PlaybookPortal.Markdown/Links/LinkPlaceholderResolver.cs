using System.Globalization;
using System.Net;
using System.Text;

namespace PlaybookPortal.Markdown;

/// <summary>
/// Resolves the internal-link placeholders of a cached rendering for one reader, in one pass
/// over the HTML without parsing it. Thread-safe.
/// </summary>
public static class LinkPlaceholderResolver
{
    /// <summary>The attribute the renderer puts on an internal link in place of its href.</summary>
    public const string Attribute = "data-pp-link";

    private const string Marker = "<a " + Attribute + "=\"";

    /// <summary>
    /// Replaces each placeholder's opening tag with a link to the URL <paramref name="resolve"/>
    /// returns, or with a broken-link mark that has no href when it returns
    /// <see cref="ResolvedLink.Broken"/>. Placeholders not in <paramref name="links"/> become broken.
    /// </summary>
    public static string Resolve(string html, IReadOnlyList<LinkPlaceholder> links, Func<LinkPlaceholder, ResolvedLink> resolve)
    {
        var next = html.IndexOf(Marker, StringComparison.Ordinal);
        if (next < 0)
        {
            return html;
        }

        var output = new StringBuilder(html.Length + 64 * links.Count);
        var position = 0;
        while (next >= 0)
        {
            var close = html.IndexOf('>', next);
            if (close < 0)
            {
                break;
            }

            output.Append(html, position, next - position);
            var numberStart = next + Marker.Length;
            var numberEnd = html.IndexOf('"', numberStart);
            var index = int.TryParse(html.AsSpan(numberStart, numberEnd - numberStart), NumberStyles.None,
                CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
            var rest = html[(numberEnd + 1)..close];
            output.Append(OpeningTag(index >= 0 && index < links.Count ? links[index] : null, rest, resolve));
            position = close + 1;
            next = html.IndexOf(Marker, position, StringComparison.Ordinal);
        }

        output.Append(html, position, html.Length - position);
        return output.ToString();
    }

    private static string OpeningTag(LinkPlaceholder? link, string otherAttributes, Func<LinkPlaceholder, ResolvedLink> resolve)
    {
        var resolved = link is null ? ResolvedLink.Broken : resolve(link);
        if (resolved.Href is { } href)
        {
            return $"<a href=\"{WebUtility.HtmlEncode(href)}\" class=\"internal\"{otherAttributes}>";
        }

        var original = WebUtility.HtmlEncode(link?.Href ?? "");
        return $"<a class=\"link-broken\" title=\"Not in the portal: {original}\"{otherAttributes}>";
    }
}
