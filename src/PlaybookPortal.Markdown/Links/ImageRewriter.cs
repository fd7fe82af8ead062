using AngleSharp.Dom;

namespace PlaybookPortal.Markdown.Links;

/// <summary>
/// Keeps images with absolute http(s) addresses; any other image (relative or site-absolute
/// files the portal does not ship, or a source the sanitizer removed) becomes a small
/// <c>&lt;span class="image-missing"&gt;[image: alt]&lt;/span&gt;</c> (QUIRKS.md row 11).
/// </summary>
internal static class ImageRewriter
{
    public static void Rewrite(IElement root)
    {
        foreach (var image in root.QuerySelectorAll("img").ToList())
        {
            var src = image.GetAttribute("src");
            if (LinkTargetClassifier.IsWebAddress(src))
            {
                if (src!.TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    image.SetAttribute("src", "https:" + src.TrimStart());
                }

                continue;
            }

            var alt = image.GetAttribute("alt")?.Trim();
            var missing = image.Owner!.CreateElement("span");
            missing.SetAttribute("class", "image-missing");
            missing.TextContent = string.IsNullOrEmpty(alt) ? "[image]" : "[image: " + alt + "]";
            image.Replace(missing);
        }
    }
}
