using System.Globalization;
using System.Text;

namespace PlaybookPortal.Markdown.Links;

/// <summary>
/// Resolves the link placeholders of cached playbook HTML for one request. One pass over the
/// string, no DOM: each <c>&lt;a data-pp-link="N"&gt;</c> opening tag is replaced, the link
/// text and the closing tag stay. Thread-safe.
/// </summary>
public static class LinkPlaceholderResolver
{
    private const string Marker = "<a data-pp-link=\"";

    /// <summary>Resolves the placeholders of a rendered playbook.</summary>
    public static string Resolve(RenderedPlaybook playbook, Func<LinkPlaceholder, ResolvedLink> resolve)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        return Resolve(playbook.Html, playbook.Links, resolve);
    }

    /// <summary>
    /// Replaces each placeholder opening tag in <paramref name="html"/> by
    /// <c>&lt;a href="…" class="internal"&gt;</c>, <c>&lt;a href="…" class="external"
    /// rel="noopener noreferrer"&gt;</c> or, for a broken link, <c>&lt;a class="link-broken"
    /// title="Not in the portal: …"&gt;</c> without href. <paramref name="resolve"/> is called
    /// once per placeholder with its entry from <paramref name="links"/>; a placeholder missing
    /// from <paramref name="links"/>, or a resolved address with a scheme other than http(s) or
    /// mailto, is shown broken. Values are attribute-encoded.
    /// </summary>
    /// <param name="html">The cached <see cref="RenderedPlaybook.Html"/>.</param>
    /// <param name="links">The cached <see cref="RenderedPlaybook.Links"/>.</param>
    /// <param name="resolve">Decides, for the current reader, where a link leads.</param>
    public static string Resolve(
        string html, IReadOnlyList<LinkPlaceholder> links, Func<LinkPlaceholder, ResolvedLink> resolve)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(resolve);

        var next = html.IndexOf(Marker, StringComparison.Ordinal);
        if (next < 0)
        {
            return html;
        }

        var result = new StringBuilder(html.Length + (links.Count * 40));
        var copied = 0;
        while (next >= 0)
        {
            var tagEnd = ReadIndex(html, next + Marker.Length, out var index);
            if (tagEnd > 0)
            {
                result.Append(html, copied, next - copied);
                AppendOpeningTag(result, Find(links, index), resolve);
                copied = tagEnd;
            }

            next = html.IndexOf(Marker, next + Marker.Length, StringComparison.Ordinal);
        }

        return result.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>Reads <c>N"&gt;</c>; returns the offset after it, or -1 when malformed.</summary>
    private static int ReadIndex(string html, int start, out int index)
    {
        var end = start;
        while (end < html.Length && end - start < 9 && char.IsAsciiDigit(html[end]))
        {
            end++;
        }

        var wellFormed = end > start && end + 1 < html.Length && html[end] == '"' && html[end + 1] == '>';
        index = wellFormed ? int.Parse(html.AsSpan(start, end - start), CultureInfo.InvariantCulture) : -1;
        return wellFormed ? end + 2 : -1;
    }

    private static LinkPlaceholder? Find(IReadOnlyList<LinkPlaceholder> links, int index)
    {
        if (index < links.Count && links[index].Index == index)
        {
            return links[index];
        }

        return links.FirstOrDefault(link => link.Index == index);
    }

    private static void AppendOpeningTag(
        StringBuilder result, LinkPlaceholder? placeholder, Func<LinkPlaceholder, ResolvedLink> resolve)
    {
        var resolved = placeholder is null ? ResolvedLink.Broken : resolve(placeholder);
        var kind = LinkTargetClassifier.Classify(resolved.Href);
        if (resolved.IsBroken || kind is LinkTargetKind.Unsafe or LinkTargetKind.Missing)
        {
            result.Append("<a class=\"link-broken\" title=\"Not in the portal: ");
            AttributeText.Append(result, placeholder?.Href ?? string.Empty).Append("\">");
            return;
        }

        result.Append("<a href=\"");
        AttributeText.Append(result, resolved.Href!);
        result.Append(resolved.IsExternal
            ? "\" class=\"external\" rel=\"noopener noreferrer\">"
            : "\" class=\"internal\">");
    }
}
