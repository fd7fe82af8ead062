using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// Step 3: what must never reach a reader from a handbook written for kramdown and Middleman:
/// attribute lists and TOC blocks as text (QUIRKS.md rows 1–3), template tags outside code
/// (row 4), and frames, scripts or script URLs (row 7). Every violation is collected.
/// </summary>
internal static partial class ProseAudit
{
    public static void Run(IReadOnlyList<FetchedPage> pages, List<Finding> findings)
    {
        foreach (var page in pages)
        {
            var text = ProseText.Of(page.Prose);
            Report(findings, page, Checks.KramdownText, Containing(text, "{:"));
            Report(findings, page, Checks.Toc, TocLeftovers(page, text));
            Report(findings, page, Checks.Erb, Containing(text, "<%").Concat(Containing(text, "%>")));
            Report(findings, page, Checks.UnsafeMarkup, UnsafeMarkup(page.Prose));
        }
    }

    /// <summary>Adds one finding per snippet, naming the page and the file it came from.</summary>
    public static void Report(
        List<Finding> findings, FetchedPage page, string check, IEnumerable<string> snippets) =>
        findings.AddRange(snippets.Select(s => new Finding(check, page.Url, s, page.Source.RelativePath)));

    /// <summary>Snippets of the prose text around each occurrence of <paramref name="marker"/>.</summary>
    public static IEnumerable<string> Containing(IEnumerable<string> text, string marker) =>
        text.Where(t => t.Contains(marker, StringComparison.Ordinal))
            .Select(t => Snippet.Around(t, t.IndexOf(marker, StringComparison.Ordinal)));

    private static IEnumerable<string> TocLeftovers(FetchedPage page, IReadOnlyList<string> text)
    {
        foreach (var item in page.Prose.QuerySelectorAll("li").Where(li => li.TextContent.Trim() == "TOC"))
        {
            yield return Snippet.Of(item.OuterHtml);
        }

        foreach (var line in text.Where(t => TocItem().IsMatch(t)))
        {
            yield return Snippet.Of(line);
        }

        // "On this page" is an ordinary heading elsewhere; it is a leftover only where the file
        // had a kramdown TOC block that the heading belonged to.
        if (!QuirkRules.HasTocBlock(page.Source.Text))
        {
            yield break;
        }

        foreach (var heading in page.Prose.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            if (heading.TextContent.Trim().Equals("On this page", StringComparison.OrdinalIgnoreCase))
            {
                yield return Snippet.Of(heading.OuterHtml);
            }
        }
    }

    private static IEnumerable<string> UnsafeMarkup(IElement prose)
    {
        foreach (var element in prose.QuerySelectorAll("iframe, script"))
        {
            yield return Snippet.Of(element.OuterHtml);
        }

        // Browsers ignore whitespace and control characters in a scheme: compare without them.
        foreach (var element in prose.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                var value = SchemeNoise().Replace(attribute.Value, "");
                if (value.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"{element.LocalName} {attribute.Name}=\"{Snippet.Of(attribute.Value)}\"";
                }
            }
        }
    }

    [GeneratedRegex(@"(^|\n)\s*[-*+]\s+TOC\s*($|\n)")]
    private static partial Regex TocItem();

    [GeneratedRegex(@"[\s\x00-\x1f]+")]
    private static partial Regex SchemeNoise();
}
