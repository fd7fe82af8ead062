using System.Text;
using System.Text.RegularExpressions;

namespace PlaybookPortal.Markdown.Text;

/// <summary>
/// Final clean-up of text meant for search and snippets: URLs, ERB tags and generator
/// placeholders removed (they are not words a reader searches for); white space collapsed per
/// line; empty lines dropped.
/// </summary>
internal static partial class PlainTextCleaner
{
    public static string Clean(string text)
    {
        var withoutNoise = Noise().Replace(text, " ");
        var lines = new StringBuilder(withoutNoise.Length);
        foreach (var line in withoutNoise.AsSpan().EnumerateLines())
        {
            var collapsed = CollapseWhiteSpace(line);
            if (collapsed.Length > 0)
            {
                lines.Append(collapsed).Append('\n');
            }
        }

        return lines.ToString().TrimEnd('\n');
    }

    private static string CollapseWhiteSpace(ReadOnlySpan<char> line)
    {
        var result = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    [GeneratedRegex(
        @"(?:https?|ftp)://\S+|\bmailto:\S+|\bwww\.[A-Za-z0-9-]+\.\S+|<%.*?%>|\{\{generator:[^{}]*\}\}",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Noise();
}
