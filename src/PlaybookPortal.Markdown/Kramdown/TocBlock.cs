using System.Text.RegularExpressions;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>
/// Recognises kramdown's generated table of contents (QUIRKS.md row 1): a "On this page"
/// heading marked <c>{:.no_toc}</c> and a list item <c>- TOC</c> or <c>* TOC</c> followed by
/// <c>{:toc}</c>. The portal draws its own contents, so all of it is dropped.
/// </summary>
internal static partial class TocBlock
{
    public static bool IsTocLine(string line) => TocItem().IsMatch(line);

    /// <summary>True for a heading whose block is a TOC: marked no_toc, or followed by a TOC item.</summary>
    public static bool IsTocHeading(string[] lines, int index)
    {
        var heading = Heading().Match(lines[index]);
        if (!heading.Success)
        {
            return false;
        }

        if (heading.Groups[1].Value.Contains("no_toc", StringComparison.Ordinal))
        {
            return true;
        }

        for (var next = index + 1; next < lines.Length && next <= index + 4; next++)
        {
            if (TocItem().IsMatch(lines[next]))
            {
                return true;
            }

            if (lines[next].Trim().Length > 0 && !lines[next].TrimStart().StartsWith("{:", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\s*[-*+]\s+TOC\s*(\{:[^}]*\})?\s*$|^\s*\{:\s*toc[^}]*\}\s*$")]
    private static partial Regex TocItem();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s.*?(\{:[^}]*\})?\s*$")]
    private static partial Regex Heading();
}
