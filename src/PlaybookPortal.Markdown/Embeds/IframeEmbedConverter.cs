using AngleSharp.Dom;

namespace PlaybookPortal.Markdown.Embeds;

/// <summary>
/// Replaces every iframe (YouTube videos, Google Docs, Slides, Forms…) by a paragraph linking
/// to what it embedded (QUIRKS.md row 7): the portal's Content-Security-Policy frames nothing,
/// and a link keeps the content reachable. Iframes whose source is not http(s) are dropped.
/// Runs before sanitizing, so the link it creates is sanitized like any other.
/// </summary>
internal static class IframeEmbedConverter
{
    public static int Convert(IElement root)
    {
        var frames = root.QuerySelectorAll("iframe").ToList();
        foreach (var frame in frames)
        {
            var source = EmbedSource(frame.GetAttribute("src"));
            if (source is null)
            {
                frame.Remove();
                continue;
            }

            Place(frame, CreateEmbedLink(frame.Owner!, source.Value.Href, source.Value.Host));
        }

        return frames.Count;
    }

    private static (string Href, string Host)? EmbedSource(string? src)
    {
        var trimmed = src?.Trim() ?? string.Empty;
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            trimmed = "https:" + trimmed;
        }

        var isWeb = Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Host.Length > 0;
        return isWeb ? (trimmed, uri!.Host) : null;
    }

    private static IElement CreateEmbedLink(IDocument document, string href, string host)
    {
        var link = document.CreateElement("a");
        link.SetAttribute("href", href);
        link.SetAttribute("class", "external");
        link.SetAttribute("rel", "noopener noreferrer");
        link.TextContent = "Embedded content from " + host;

        var paragraph = document.CreateElement("p");
        paragraph.SetAttribute("class", "embed-link");
        paragraph.AppendChild(link);
        return paragraph;
    }

    /// <summary>
    /// Puts the link paragraph where the frame was. A paragraph may not hold another, so an
    /// iframe inside a <c>&lt;p&gt;</c> leaves its link right after that paragraph, which goes
    /// when nothing else is left in it.
    /// </summary>
    private static void Place(IElement frame, IElement embedLink)
    {
        var paragraph = frame.Closest("p");
        if (paragraph is null)
        {
            frame.Replace(embedLink);
            return;
        }

        paragraph.After(embedLink);
        frame.Remove();
        if (string.IsNullOrWhiteSpace(paragraph.TextContent) && paragraph.Children.Length == 0)
        {
            paragraph.Remove();
        }
    }
}
