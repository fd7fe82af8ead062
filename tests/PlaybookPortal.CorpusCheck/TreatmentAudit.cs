using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// What QUIRKS.md promises readers see, checked on every page whose file shows the quirk:
/// placeholders shown, diagrams as code, large pages formatted, the title heading not
/// repeated, the description as summary, matrices as tables.
/// </summary>
internal static partial class TreatmentAudit
{
    public static void Run(IReadOnlyList<FetchedPage> pages, List<Finding> findings)
    {
        foreach (var page in pages)
        {
            var source = page.Source.Text;
            ProseAudit.Report(findings, page, Checks.Placeholder, MissingPlaceholders(page.Prose, source));
            ProseAudit.Report(findings, page, Checks.Diagram, MissingDiagram(page.Prose, source));
            ProseAudit.Report(findings, page, Checks.Degraded, Degraded(page.Prose));
            ProseAudit.Report(findings, page, Checks.TitleHeading, RepeatedTitle(page));
            ProseAudit.Report(findings, page, Checks.Summary, MissingSummary(page));
            ProseAudit.Report(findings, page, Checks.Table, MissingSpans(page.Prose, source));
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
            && prose.QuerySelector("code.language-mermaid, .mermaid, pre.mermaid-source") is null)
        {
            yield return "the mermaid diagram is shown neither as a diagram nor as code";
        }
    }

    // Row 12 and PRODUCT.md's limits: a real handbook page, however large, is shown formatted.
    private static IEnumerable<string> Degraded(IElement prose) =>
        prose.QuerySelectorAll("pre.degraded-source").Take(1).Select(_ => "shown as plain text");

    // Row 14 and PRODUCT.md: a title taken from the first # heading is not repeated in the body.
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

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
