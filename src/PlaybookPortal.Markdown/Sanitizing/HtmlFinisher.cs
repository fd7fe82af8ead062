using System.Text.RegularExpressions;
using AngleSharp.Dom;
using PlaybookPortal.Markdown.Headings;

namespace PlaybookPortal.Markdown.Sanitizing;

/// <summary>
/// Runs after sanitizing, on the clean DOM: sets the heading anchors (the only ids besides
/// footnotes), turns internal links into placeholders, marks external links, replaces images
/// the portal does not host and leaves only disabled task-list checkboxes.
/// </summary>
internal static partial class HtmlFinisher
{
    public static (IReadOnlyList<OutlineHeading> Headings, IReadOnlyList<LinkPlaceholder> Links) Finish(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("[id]").Where(e => !FootnoteId().IsMatch(e.Id!)).ToList())
        {
            element.RemoveAttribute("id");
        }

        var headings = AssignAnchors(root);
        var links = MarkLinks(root);
        ReplaceForeignImages(root);
        foreach (var input in root.QuerySelectorAll("input").ToList())
        {
            if (!string.Equals(input.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase))
            {
                input.Remove();
                continue;
            }

            input.SetAttribute("disabled", "disabled");
        }

        return (headings, links);
    }

    private static List<OutlineHeading> AssignAnchors(IElement root)
    {
        var elements = root.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList();
        var texts = elements.Select(e => Whitespace().Replace(e.TextContent, " ").Trim()).ToList();
        var anchors = AnchorBuilder.Assign(texts);
        var headings = new List<OutlineHeading>(elements.Count);
        for (var i = 0; i < elements.Count; i++)
        {
            elements[i].Id = anchors[i];
            headings.Add(new OutlineHeading(elements[i].LocalName[1] - '0', texts[i], anchors[i]));
        }

        return headings;
    }

    private static List<LinkPlaceholder> MarkLinks(IElement root)
    {
        var links = new List<LinkPlaceholder>();
        foreach (var anchor in root.QuerySelectorAll("a[href]"))
        {
            var href = anchor.GetAttribute("href")!.Trim();
            if (href.StartsWith('#'))
            {
                continue;
            }

            if (IsExternal(href))
            {
                anchor.SetAttribute("href", href.StartsWith("//", StringComparison.Ordinal) ? "https:" + href : href);
                anchor.ClassList.Add("external");
                anchor.SetAttribute("rel", "noopener noreferrer");
                continue;
            }

            // The placeholder attribute must come first: the resolver finds "<a data-pp-link=".
            var others = anchor.Attributes.Where(a => a.Name != "href").Select(a => (a.Name, a.Value)).ToList();
            foreach (var (name, _) in others.Append(("href", "")))
            {
                anchor.RemoveAttribute(name);
            }

            anchor.SetAttribute(LinkPlaceholderResolver.Attribute, links.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var (name, value) in others)
            {
                anchor.SetAttribute(name, value);
            }

            links.Add(new LinkPlaceholder(links.Count, href));
        }

        return links;
    }

    private static void ReplaceForeignImages(IElement root)
    {
        foreach (var image in root.QuerySelectorAll("img").ToList())
        {
            var src = image.GetAttribute("src") ?? "";
            if (src.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || src.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                image.SetAttribute("loading", "lazy");
                continue;
            }

            var marker = root.Owner!.CreateElement("span");
            marker.ClassName = "image-missing";
            var alt = image.GetAttribute("alt");
            marker.TextContent = string.IsNullOrWhiteSpace(alt) ? "[image]" : $"[image: {alt}]";
            image.Replace(marker);
        }
    }

    private static bool IsExternal(string href) =>
        href.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(href);

    [GeneratedRegex(@"^fn(ref)?:\d+$")]
    private static partial Regex FootnoteId();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
