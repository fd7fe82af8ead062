using System.Text.RegularExpressions;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>
/// Makes Markdown inside HTML blocks render as Markdown, as kramdown did for
/// <c>markdown="1"</c>, <c>markdown="span"</c> and <c>parse_block_html</c> (QUIRKS.md row 3).
/// CommonMark ends an HTML block at a blank line, so a blank line is inserted where Markdown text
/// follows an opening tag that asks for it, an opening <c>&lt;details&gt;</c> or a closing
/// <c>&lt;/summary&gt;</c>. The <c>markdown</c> attribute itself is removed.
/// </summary>
internal static partial class MarkdownInHtmlRewriter
{
    public static void Collect(string masked, SourceEdits edits)
    {
        foreach (Match tag in OpeningTag().Matches(masked))
        {
            var name = tag.Groups["name"].Value;
            var attributes = tag.Groups["attributes"];
            var attribute = MarkdownAttribute().Match(attributes.Value);
            var mode = string.Empty;
            if (attribute.Success)
            {
                edits.Delete(attributes.Index + attribute.Index, attribute.Length);
                mode = attribute.Groups["value"].Value.Trim('"', '\'').ToLowerInvariant();
            }

            if (mode == "span")
            {
                SplitSpanContent(masked, tag, name, edits);
            }
            else if (mode is "1" or "block" || name.Equals("details", StringComparison.OrdinalIgnoreCase))
            {
                SeparateFollowingMarkdown(masked, tag.Index + tag.Length, edits);
            }
        }

        foreach (Match close in SummaryEnd().Matches(masked))
        {
            SeparateFollowingMarkdown(masked, close.Index + close.Length, edits);
        }
    }

    /// <summary>Ensures the text after <paramref name="tagEnd"/> starts a Markdown block.</summary>
    private static void SeparateFollowingMarkdown(string masked, int tagEnd, SourceEdits edits)
    {
        var lineEnd = SourceLines.EndOf(masked, tagEnd);
        var rest = masked.AsSpan(tagEnd, lineEnd - tagEnd);
        if (!rest.IsWhiteSpace())
        {
            if (rest.TrimStart()[0] != '<')
            {
                edits.Insert(tagEnd, "\n\n" + SourceLines.IndentationAt(masked, tagEnd));
            }

            return;
        }

        if (lineEnd >= masked.Length)
        {
            return;
        }

        // Only before prose: a following tag line keeps the HTML block going as written, and a
        // line indented four or more columns would turn into a code block after a blank line.
        var next = masked.AsSpan(lineEnd + 1, SourceLines.EndOf(masked, lineEnd + 1) - lineEnd - 1);
        var content = next.TrimStart(" \t");
        var indented = next.Length - content.Length >= 4 || next.StartsWith("\t");
        if (!content.IsEmpty && content[0] != '<' && !indented)
        {
            edits.Insert(lineEnd, "\n");
        }
    }

    /// <summary>
    /// <c>&lt;summary markdown="span"&gt;**Bold**&lt;/summary&gt;</c>: the inner text is put on a
    /// line of its own between blank lines so it renders; the sanitizer step unwraps the
    /// paragraph this creates.
    /// </summary>
    private static void SplitSpanContent(string masked, Match tag, string name, SourceEdits edits)
    {
        var innerStart = tag.Index + tag.Length;
        var lineEnd = SourceLines.EndOf(masked, innerStart);
        var close = masked.IndexOf(
            "</" + name, innerStart, lineEnd - innerStart, StringComparison.OrdinalIgnoreCase);
        if (close < 0 || !MarkdownSyntax().IsMatch(masked.AsSpan(innerStart, close - innerStart)))
        {
            return;
        }

        var separator = "\n\n" + SourceLines.IndentationAt(masked, innerStart);
        edits.Insert(innerStart, separator);
        edits.Insert(close, separator);
    }

    [GeneratedRegex(@"<(?<name>[A-Za-z][A-Za-z0-9-]*)(?<attributes>\s[^<>]*)?>")]
    private static partial Regex OpeningTag();

    [GeneratedRegex("""\s+markdown\s*=\s*(?<value>"[^"]*"|'[^']*'|[^\s>]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MarkdownAttribute();

    [GeneratedRegex(@"</summary\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryEnd();

    [GeneratedRegex(@"[*_`\[~!:\\]")]
    private static partial Regex MarkdownSyntax();
}
