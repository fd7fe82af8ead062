using System.Text.RegularExpressions;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>
/// Removes kramdown attribute lists and extensions that the portal does not show (QUIRKS.md rows
/// 1–3): <c>{:.no_toc}</c>, <c>{: #id}</c>, <c>{:target="_blank"}</c>, <c>{:toc}</c>, a trailing
/// <c>{: .class}</c> after a heading or image, <c>{::options … /}</c> and <c>{::comment}</c>
/// blocks. A line holding only an <c>.alert-*</c> list is kept: the attribute line parser turns
/// the block before it into a callout.
/// </summary>
internal static partial class AttributeListRewriter
{
    public static void Collect(string masked, SourceEdits edits)
    {
        foreach (Match comment in CommentBlock().Matches(masked))
        {
            var end = comment.Index + comment.Length;
            var (start, length) = SourceLines.WholeLinesOrSelf(masked, comment.Index, end);
            edits.Delete(start, length);
        }

        foreach (Match list in AttributeList().Matches(masked))
        {
            var end = list.Index + list.Length;
            var (start, length) = SourceLines.WholeLinesOrSelf(masked, list.Index, end);
            var wholeLine = start != list.Index || length != list.Length;
            if (wholeLine && AttributeLines.IsCallout(list.Value))
            {
                continue;
            }

            edits.Delete(start, length);
        }
    }

    [GeneratedRegex(@"\{::comment\}.*?\{:/(?:comment)?\}", RegexOptions.Singleline)]
    private static partial Regex CommentBlock();

    // An attribute list, option or extension tag on one line: "{:" … "}" without inner braces.
    [GeneratedRegex(@"\{:[^\n{}]*\}")]
    private static partial Regex AttributeList();
}
