using System.Text.RegularExpressions;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>
/// kramdown renders Markdown inside HTML blocks marked <c>markdown="1"</c> (QUIRKS.md row 3).
/// CommonMark does so when the Markdown is separated from the tags by blank lines, so the
/// attribute is removed and blank lines are added after opening and before closing block tags.
/// </summary>
internal static partial class MarkdownInHtml
{
    public static void Add(string line, List<string> output)
    {
        var marked = MarkdownAttribute().IsMatch(line);
        if (marked)
        {
            line = MarkdownAttribute().Replace(line, "");
        }

        var trimmed = line.Trim();
        var opensBlock = output.Count == 0 || output[^1].Trim().Length == 0;
        if (ClosingBlockTag().IsMatch(trimmed) && output.Count > 0 && output[^1].Trim().Length > 0)
        {
            output.Add("");
        }

        output.Add(line);
        // A <br> alone at the start of a block opens a CommonMark HTML block that swallows the
        // Markdown lines after it; kramdown reads it as inline, so the next lines stay Markdown.
        if (marked || SummaryLine().IsMatch(trimmed) || (opensBlock && LineBreak().IsMatch(trimmed)))
        {
            output.Add("");
        }
    }

    [GeneratedRegex("""\s+markdown=("|')(1|span|block)\1""")]
    private static partial Regex MarkdownAttribute();

    [GeneratedRegex(@"^</(div|details|section|aside)>$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingBlockTag();

    [GeneratedRegex(@"^<summary>.*</summary>$", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryLine();

    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();
}
