using System.Text;
using System.Text.RegularExpressions;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>
/// Angle-bracket and brace text that is not markup (QUIRKS.md rows 9 and 16):
/// <c>&lt;Presenter&gt;</c> is escaped so it shows instead of vanishing as an unknown tag;
/// <c>{{generator:…}}</c> build placeholders become a neutral marked span; mail-merge tokens
/// such as <c>{{company}}</c> are left as text.
/// </summary>
internal static partial class Placeholders
{
    public static string Rewrite(string line)
    {
        if (!line.Contains('`', StringComparison.Ordinal))
        {
            return RewriteText(line);
        }

        // A code span shows its text as written (`<Customer Name>` stays visible as such), so
        // only the text between code spans is rewritten.
        var output = new StringBuilder(line.Length + 16);
        var position = 0;
        foreach (Match span in CodeSpan().Matches(line))
        {
            output.Append(RewriteText(line[position..span.Index])).Append(span.Value);
            position = span.Index + span.Length;
        }

        return output.Append(RewriteText(line[position..])).ToString();
    }

    private static string RewriteText(string line)
    {
        if (line.Contains("{{generator:", StringComparison.Ordinal))
        {
            line = Generator().Replace(line, m => $"<span class=\"placeholder\">{Escape(m.Groups[1].Value.Trim())}</span>");
        }

        if (!line.Contains('<', StringComparison.Ordinal))
        {
            return line;
        }

        return TagLike().Replace(line, m => KnownHtml.IsElement(m.Groups[2].Value) ? m.Value : "&lt;" + m.Value[1..]);
    }

    private static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    // A run of backticks, then the shortest text up to a run of the same length (CommonMark).
    [GeneratedRegex(@"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\{\{generator:([^}]*)\}\}")]
    private static partial Regex Generator();

    // A tag name followed by a space, slash or '>' (so autolinks like <https://…> or
    // <name@example.com> are not mistaken for tags).
    [GeneratedRegex(@"<(/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[^<>]*>")]
    private static partial Regex TagLike();
}
