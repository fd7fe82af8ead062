using System.Net;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PlaybookPortal.Markdown.Outline;

/// <summary>
/// Collects link targets from the parsed tree, cheaply enough for every import: Markdown links
/// and autolinks, plus <c>href</c> attributes in raw HTML. Images are not links.
/// </summary>
internal static partial class LinkCollector
{
    public static IReadOnlyList<string> Collect(MarkdownDocument document)
    {
        var targets = new List<string>();
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                case HtmlBlock html:
                    AddHrefs(html.Lines.ToString(), targets);
                    break;
                case LeafBlock { Inline: { } inline }:
                    AddInlineTargets(inline, targets);
                    break;
            }
        }

        return targets.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void AddInlineTargets(ContainerInline inline, List<string> targets)
    {
        foreach (var item in inline.Descendants())
        {
            switch (item)
            {
                case LinkInline { IsImage: false, Url: { Length: > 0 } url }:
                    targets.Add(url);
                    break;
                case HtmlInline html:
                    AddHrefs(html.Tag, targets);
                    break;
            }
        }
    }

    private static void AddHrefs(string html, List<string> targets)
    {
        foreach (Match match in Href().Matches(html))
        {
            targets.Add(WebUtility.HtmlDecode(match.Groups[2].Value));
        }
    }

    [GeneratedRegex("""href\s*=\s*("|')([^"']+)\1""", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
