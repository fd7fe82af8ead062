using System.Text.RegularExpressions;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>
/// A <c>&lt;br&gt;</c> alone on a line opens a raw HTML block in CommonMark that runs to the
/// next blank line, so the Markdown after it (a heading, a link, an image) would show as
/// literal text. kramdown treated the line as a spacer between blocks; it becomes a blank line.
/// </summary>
internal static partial class LineBreakLineRewriter
{
    public static void Collect(string masked, SourceEdits edits)
    {
        foreach (Match line in BreakLine().Matches(masked))
        {
            edits.Replace(line.Index, line.Length, string.Empty);
        }
    }

    [GeneratedRegex(@"^[ \t]{0,3}<br\s*/?>[ \t]*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex BreakLine();
}
