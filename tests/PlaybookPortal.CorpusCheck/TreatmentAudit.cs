using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// The treatments QUIRKS.md promises beyond step 3, checked on the rendered body of every page
/// whose file shows the quirk: Markdown inside HTML rendered, clean headings, placeholders
/// shown, diagrams as code, large pages formatted, the title heading not repeated, matrices as
/// tables, generator placeholders neutral, comments hidden.
/// </summary>
internal static partial class TreatmentAudit
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
            ProseAudit.Report(findings, page, Checks.Placeholder, MissingPlaceholders(page.Prose, source));
            ProseAudit.Report(findings, page, Checks.Diagram, MissingDiagram(page.Prose, source));
            ProseAudit.Report(findings, page, Checks.Degraded, Degraded(page.Prose));
            ProseAudit.Report(findings, page, Checks.TitleHeading, RepeatedTitle(page));
            ProseAudit.Report(findings, page, Checks.Summary, MissingSummary(page));
            ProseAudit.Report(findings, page, Checks.Table, MissingSpans(page.Prose, source));
            ProseAudit.Report(findings, page, Checks.Generator, Generated(page.Prose, text, source));
            // Only the opener: "Read more -->" is an arrow people type, not a comment leaking.
            ProseAudit.Report(findings, page, Checks.Comment, ProseAudit.Containing(text, "<!--"));
        }
    }

    // QUIRKS.md row 3: Markdown inside <details markdown="1"> must render, not show its stars.
    // kramdown itself leaves Markdown on a line of raw HTML alone unless the page asks for it
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
        text.SelectMany(t => TagInText().Matches(t)
            .Where(m => HtmlElementNames.Contains(m.Groups["name"].Value))
            .Select(m => Snippet.Around(t, m.Index)));

    // Row 8: heading text without tags or stars, anchors unique within the page.
    private static IEnumerable<string> HeadingMarkup(IElement prose)
    {
        var headings = prose.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList();
        // A lone "**" is a typo the original site showed too; a balanced pair is unrendered bold.
        foreach (var heading in headings.Where(h => Bold().IsMatch(h.TextContent)
            || TagInText().IsMatch(h.TextContent)))
        {
            yield return Snippet.Of(heading.OuterHtml);
        }

        var byAnchor = headings.GroupBy(h => h.Id ?? "");
        foreach (var duplicate in byAnchor.Where(g => g.Count() > 1 || g.Key.Length == 0))
        {
            yield return $"anchor \"{duplicate.Key}\" on {duplicate.Count()} headings";
        }
    }

    // Row 9: {{company}} and <Presenter> are shown literally, never dropped as unknown tags.
    private static IEnumerable<string> MissingPlaceholders(IElement prose, string source)
    {
        var shown = Whitespace().Replace(prose.TextContent, " ");
        return QuirkRules.Placeholders(source)
            .Distinct(StringComparer.Ordinal)
            .Where(token => !shown.Contains(Whitespace().Replace(token, " "), StringComparison.Ordinal))
            .Select(token => $"placeholder {token} is not shown");
    }

    // Row 10: a mermaid diagram is shown as a diagram or as code, never as prose.
    private static IEnumerable<string> MissingDiagram(IElement prose, string source)
    {
        if (QuirkRules.HasMermaid(source)
            && prose.QuerySelector("code.language-mermaid, .mermaid") is null)
        {
            yield return "the mermaid diagram is shown neither as a diagram nor as code";
        }
    }

    // Row 12 and PRODUCT.md's limits: a real handbook page, however large, is shown formatted.
    private static IEnumerable<string> Degraded(IElement prose) =>
        prose.QuerySelectorAll("pre.degraded-source").Take(1).Select(_ => "shown as plain text");

    // PRODUCT.md: a title taken from the first # heading is not repeated in the body.
    private static IEnumerable<string> RepeatedTitle(FetchedPage page)
    {
        var first = page.Prose.FirstElementChild;
        if (page.Entry.TitleFromHeading
            && first?.LocalName == "h1"
            && first.TextContent.Trim() == page.Entry.Title)
        {
            yield return $"the title \"{Snippet.Of(page.Entry.Title)}\" is repeated as the first heading";
        }
    }

    // Row 6: front matter keys match without regard to case, and a description is the summary
    // (shown in the header when the title did not come from the first heading).
    private static IEnumerable<string> MissingSummary(FetchedPage page)
    {
        var summary = page.Header?.QuerySelector("p.playbook-summary")?.TextContent.Trim();
        if (QuirkRules.HasDescription(page.Source.Text) && !page.Entry.TitleFromHeading
            && string.IsNullOrEmpty(summary))
        {
            yield return "the front matter has a description, but the page shows no summary";
        }
    }

    // Row 15: competency matrices keep their merged cells.
    private static IEnumerable<string> MissingSpans(IElement prose, string source)
    {
        if (QuirkRules.HasCellSpans(source)
            && prose.QuerySelector("table [rowspan], table [colspan]") is null)
        {
            yield return "the source's rowspan/colspan cells did not survive as table cells";
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

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
