using AngleSharp.Dom;

namespace PlaybookPortal.Markdown.Sanitizing;

/// <summary>
/// Runs before sanitizing: an iframe becomes a link that names its host (QUIRKS.md row 7), and
/// elements whose content is code or styling, not text, are removed with their content so
/// the sanitizer can keep the children of the other tags it removes.
/// </summary>
internal static class EmbedRewriter
{
    private const string Dropped = "script, style, link, meta, noscript, template, object, embed, base, title";

    public static void Rewrite(IElement root)
    {
        foreach (var element in root.QuerySelectorAll(Dropped).ToList())
        {
            element.Remove();
        }

        foreach (var frame in root.QuerySelectorAll("iframe").ToList())
        {
            var src = frame.GetAttribute("src") ?? "";
            if (!Uri.TryCreate(src.StartsWith("//", StringComparison.Ordinal) ? "https:" + src : src, UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https"))
            {
                frame.Remove();
                continue;
            }

            var owner = root.Owner!;
            var wrapper = owner.CreateElement("span");
            wrapper.ClassName = "embed-link";
            var link = owner.CreateElement("a");
            link.SetAttribute("href", uri.AbsoluteUri);
            link.TextContent = $"Embedded content from {uri.Host}";
            wrapper.AppendChild(link);
            frame.Replace(wrapper);
        }
    }
}
