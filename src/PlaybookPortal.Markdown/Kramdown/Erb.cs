using System.Text.RegularExpressions;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>
/// Ruby template tags in <c>.html.md.erb</c> pages (QUIRKS.md row 4) are never executed: an
/// output tag (<c>&lt;%= … %&gt;</c>) is shown as inline code, control tags and comments are
/// dropped, so the rest of the page renders.
/// </summary>
internal static partial class Erb
{
    public static string Rewrite(string line)
    {
        if (!line.Contains("<%", StringComparison.Ordinal))
        {
            return line;
        }

        return Tag().Replace(line, match => match.Groups[1].Value == "="
            ? "`" + match.Value.Replace("`", "'", StringComparison.Ordinal) + "`"
            : "");
    }

    [GeneratedRegex(@"<%([=#-]?)[\s\S]*?-?%>")]
    private static partial Regex Tag();
}
