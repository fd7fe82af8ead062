using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// Syntax a reader must never see as text, beyond step 3's kramdown and template leftovers:
/// Markdown that did not render (QUIRKS.md row 3), HTML shown as its tags (row 7), markup in
/// headings (row 8), generator placeholders (row 16) and comment openers (row 18).
/// </summary>
internal static partial class LeftoverAudit
{
    public static void Run(IReadOnlyList<FetchedPage> pages, List<Finding> findings)
    {
        foreach (var page in pages)
        {
            var text = ProseText.Of(page.Prose);
            var source = page.Source.Text;
            ProseAudit.Report(findings, page, Checks.RawMarkdown, UnrenderedMarkdown(text, source));
            ProseAudit.Report(findings, page, Checks.HtmlAsText, EscapedMarkup(text));
            ProseAudit.Report(findings, page, Checks.HeadingMarkup, HeadingMarkup(page.Prose));
            ProseAudit.Report(findings, page, Checks.Generator, Generated(page.Prose, text, source));

            // Only the opener: "Read more -->" is an arrow people type, not a comment leaking.
            ProseAudit.Report(findings, page, Checks.Comment, ProseAudit.Containing(text, "<!--"));
        }
    }

    // Row 3: Markdown inside <details markdown="1"> must render, not show its stars. kramdown
    // itself leaves Markdown on a line of raw HTML alone unless the page asks for it
    // (parse_block_html, markdown="1"), so only such text or text on a Markdown line counts.
    private static IEnumerable<string> UnrenderedMarkdown(IEnumerable<string> text, string source)
    {
        var htmlIsParsed = QuirkRules.ParsesMarkdownInHtml(source);
        var lines = source.Split('\n');
        foreach (var match in text.Select(t => RawMarkdown().Match(t)).Where(m => m.Success))
        {
            var written = lines.Where(l => l.Contains(match.Value, StringComparison.Ordinal)).ToList();
            if (htmlIsParsed || written.Count == 0 || written.Exists(l => !l.TrimStart().StartsWith('<')))
            {
                yield return Snippet.Of(match.Value);
            }
        }
    }

    // Row 7: raw HTML is sanitised, never shown as its tags (row 9 placeholders are not HTML).
    private static IEnumerable<string> EscapedMarkup(IEnumerable<string> text) =>
        text.SelectMany(t => HtmlTags(t).Select(m => Snippet.Around(t, m.Index)));

    // Row 8: heading text without tags or stars, anchors unique within the page.
    private static IEnumerable<string> HeadingMarkup(IElement prose)
    {
        var headings = prose.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList();

        // A lone "**" is a typo the original site showed too; a balanced pair is unrendered bold.
        var marked = headings.Where(h => Bold().IsMatch(h.TextContent) || HtmlTags(h.TextContent).Any());
        foreach (var heading in marked)
        {
            yield return Snippet.Of(heading.OuterHtml);
        }

        // Headings inside raw HTML tables are cell labels, not sections of the page: the
        // renderer anchors the page's sections only, so those are left out of this check.
        var byAnchor = headings.Where(h => h.Closest("table") is null).GroupBy(h => h.Id ?? "");
        foreach (var duplicate in byAnchor.Where(g => g.Count() > 1 || g.Key.Length == 0))
        {
            yield return $"anchor \"{duplicate.Key}\" on {duplicate.Count()} headings";
        }
    }

    // Row 16: {{generator:…}} becomes a neutral placeholder, never the raw braces.
    private static IEnumerable<string> Generated(IElement prose, IEnumerable<string> text, string source)
    {
        foreach (var leftover in ProseAudit.Containing(text, "{{generator:"))
        {
            yield return leftover;
        }

        if (source.Contains("{{generator:", StringComparison.Ordinal)
            && prose.QuerySelector("span.placeholder") is null)
        {
            yield return "no neutral placeholder where the source has {{generator:…}}";
        }
    }

    private static IEnumerable<Match> HtmlTags(string text) =>
        TagInText().Matches(text).Where(m => HtmlElementNames.Contains(m.Groups["name"].Value));

    // Bold that kept its stars (no space inside the stars, or it never was bold), a link or
    // image that kept its brackets, or a heading (## and deeper: "# of deals" is prose) that
    // kept its hashes.
    [GeneratedRegex(
        @"\*\*[^*\s]([^*]{0,80}[^*\s])?\*\*|!?\[[^\]\n]{1,80}\]\([^)\s]+\)|(?m)^\s*#{2,6}\s+\S.*$")]
    private static partial Regex RawMarkdown();

    [GeneratedRegex(@"\*\*[^*\s]([^*]*[^*\s])?\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"</?(?<name>[a-zA-Z][a-zA-Z0-9]*)(\s[^>]*)?/?>")]
    private static partial Regex TagInText();
}
