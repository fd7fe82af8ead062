using System.Text.RegularExpressions;
using PlaybookPortal.Core.Content;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// The rows of QUIRKS.md as patterns over a file's raw text. Deliberately simpler than the
/// portal's own rules: an independent, rough reading is what makes the counts a check.
/// </summary>
internal static partial class QuirkRules
{
    private const int LargePageBytes = 100 * 1024;

    public static readonly IReadOnlyList<QuirkRule> All =
    [
        new(1, "kramdown TOC block", f => HasTocBlock(f.Text), [Checks.Toc]),
        new(2, "attribute lines {: .alert}", f => Alert().IsMatch(f.Text), [Checks.KramdownText]),
        new(3, "{::options}, markdown=\"1\"", f => ParsesMarkdownInHtml(f.Text),
            [Checks.KramdownText, Checks.RawMarkdown]),
        new(4, ".html.md.erb templates", f => f.RelativePath.EndsWith(".erb", StringComparison.Ordinal),
            [Checks.Erb, Checks.Fetch], MustImport: true),
        new(5, "index.html.md, extensionless", f => IsHtmlMdOrExtensionless(f.RelativePath),
            [Checks.Fetch], MustImport: true),
        new(6, "redirect_to, Description:", f => StubOrCapitalised().IsMatch(FrontMatter(f.Text)),
            [Checks.Fetch, Checks.Redirect, Checks.Summary]),
        new(7, "iframes", f => f.Text.Contains("<iframe", StringComparison.OrdinalIgnoreCase),
            [Checks.UnsafeMarkup, Checks.HtmlAsText]),
        new(8, "** or < in headings", f => MarkupHeading().IsMatch(f.Text), [Checks.HeadingMarkup]),
        new(9, "{{token}}, <Presenter>", f => Placeholders(f.Text).Any(), [Checks.Placeholder]),
        new(10, "mermaid diagrams", f => HasMermaid(f.Text), [Checks.Diagram]),
        new(11, "](/handbook/ links", f => f.Text.Contains("](/handbook/", StringComparison.Ordinal),
            [Checks.Link]),
        new(12, "pages over 100 KB", f => f.Length > LargePageBytes, [Checks.Fetch, Checks.Degraded]),
        new(13, "’ and :shortcodes:", f => f.Text.Contains('’') || Shortcode().IsMatch(f.Text),
            [Checks.Fetch]),
        new(14, "no front matter", f => !FrontMatterStart().IsMatch(f.Text),
            [Checks.Fetch, Checks.TitleHeading]),
        new(15, "rowspan/colspan tables", f => HasCellSpans(f.Text), [Checks.Table]),
        new(16, "{{generator:…}}", f => f.Text.Contains("{{generator:", StringComparison.Ordinal),
            [Checks.Generator]),
        new(17, ".md# links", f => MdAnchorLink().IsMatch(f.Text), [Checks.Link]),
        new(18, "0-byte pages, <!-- comments",
            f => f.Length == 0 || f.Text.Contains("<!--", StringComparison.Ordinal),
            [Checks.Import, Checks.Fetch, Checks.Comment], MustImport: true),
        new(19, "front matter only", f => IsFrontMatterOnly(f.Text),
            [Checks.Import, Checks.Fetch], MustImport: true),
    ];

    /// <summary>True when the file carries kramdown's generated table of contents.</summary>
    public static bool HasTocBlock(string text) => TocBlock().IsMatch(text);

    /// <summary>True when the page asks kramdown to read Markdown inside its HTML blocks.</summary>
    public static bool ParsesMarkdownInHtml(string text) => MarkdownInHtml().IsMatch(text);

    /// <summary>True when the front matter has a description key (any case) with a value.</summary>
    public static bool HasDescription(string text) => Description().IsMatch(FrontMatter(text));

    public static bool HasMermaid(string text) => text.Contains("```mermaid", StringComparison.Ordinal);

    public static bool HasCellSpans(string text) => CellSpan().IsMatch(text);

    /// <summary>
    /// Mail-merge tokens and angle-bracket placeholders, as a reader must see them: a Markdown
    /// escape (<c>\&lt;USERNAME\&gt;</c>) shows without its backslashes.
    /// </summary>
    public static IEnumerable<string> Placeholders(string text) =>
        Placeholder().Matches(text)
            .Select(m => m.Value.Replace("\\<", "<", StringComparison.Ordinal)
                .Replace("\\>", ">", StringComparison.Ordinal))
            .Where(v => !HtmlNames.Contains(v.Trim('<', '>', ' ')));

    // Uppercase HTML in old pages (<BR>, <TD>) is markup, not a placeholder.
    private static readonly HashSet<string> HtmlNames =
        new(["A", "B", "I", "P", "U", "BR", "HR", "DIV", "SPAN", "TABLE", "TD", "TR", "TH", "UL", "OL", "LI",
            "IMG", "CENTER", "FONT"], StringComparer.OrdinalIgnoreCase);

    private static bool IsHtmlMdOrExtensionless(string path)
    {
        var name = Path.GetFileName(path);
        return SlugRules.IsPlaybookFileName(name)
            && (name.EndsWith(".html.md", StringComparison.Ordinal) || SlugRules.IsExtensionless(name));
    }

    private static string FrontMatter(string text) =>
        FrontMatterBlock().Match(text) is { Success: true } block ? block.Groups[1].Value : "";

    private static bool IsFrontMatterOnly(string text) =>
        FrontMatterBlock().Match(text) is { Success: true } block
        && text[(block.Index + block.Length)..].Trim().Length == 0;

    [GeneratedRegex(@"(?m)^\s*[-*]\s+TOC\b|\{:\s*toc")]
    private static partial Regex TocBlock();

    [GeneratedRegex(@"\{:\s*\.alert")]
    private static partial Regex Alert();

    [GeneratedRegex("""\{::options|markdown=("|')(1|span|block)\1""")]
    private static partial Regex MarkdownInHtml();

    [GeneratedRegex(@"(?m)^(redirect_to|Description)\s*:")]
    private static partial Regex StubOrCapitalised();

    // A value on the key's line: a scalar, or >- and | for a folded or literal block.
    [GeneratedRegex(@"(?mi)^description[ \t]*:[ \t]*(?!(""""|''|~|null)?[ \t]*\r?$)\S")]
    private static partial Regex Description();

    [GeneratedRegex(@"(?m)^\s{0,3}#{1,6}\s.*(\*\*|<)")]
    private static partial Regex MarkupHeading();

    [GeneratedRegex(@"\{\{(?!generator:)[^{}\n]{1,60}\}\}|\\?<\s?[A-Z][A-Za-z]*( [A-Za-z]+)*\\?>")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@":[a-z_]+:")]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"^\uFEFF?---[ \t]*\r?\n")]
    private static partial Regex FrontMatterStart();

    [GeneratedRegex(@"^\uFEFF?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(\r?\n|$)", RegexOptions.Singleline)]
    private static partial Regex FrontMatterBlock();

    [GeneratedRegex("rowspan|colspan", RegexOptions.IgnoreCase)]
    private static partial Regex CellSpan();

    [GeneratedRegex(@"\]\([^)\s]*\.md#")]
    private static partial Regex MdAnchorLink();
}
