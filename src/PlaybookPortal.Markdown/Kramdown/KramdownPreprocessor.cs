using System.Text.RegularExpressions;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>
/// Rewrites a copy of a body written for kramdown and Middleman (QUIRKS.md rows 1–4, 9, 16)
/// into plain CommonMark plus a little HTML the sanitizer allows. Never applied to stored text.
/// Lines inside fenced code are left exactly as they are. Stateless and thread-safe.
/// </summary>
internal static partial class KramdownPreprocessor
{
    public static string Process(string body)
    {
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var output = new List<string>(lines.Length + 16);
        var fence = (string?)null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (CodeFence.Toggle(line, ref fence) || fence is not null)
            {
                output.Add(line);
                continue;
            }

            ProcessLine(lines, i, output);
        }

        return string.Join('\n', output);
    }

    private static void ProcessLine(string[] lines, int index, List<string> output)
    {
        var line = lines[index];
        if (TocBlock.IsTocLine(line) || OptionsLine().IsMatch(line) || TocBlock.IsTocHeading(lines, index))
        {
            return;
        }

        if (AttributeLine().Match(line) is { Success: true } attributes)
        {
            Callouts.WrapPrevious(output, attributes.Groups[1].Value);
            return;
        }

        line = InlineAttributes().Replace(line, "");
        line = Erb.Rewrite(line);
        line = Placeholders.Rewrite(line);
        MarkdownInHtml.Add(line, output);
    }

    // {::options parse_block_html="true" /} and other kramdown extensions on a line of their own.
    [GeneratedRegex(@"^\s*\{::[^}]*\}\s*$")]
    private static partial Regex OptionsLine();

    // A block attribute list alone on its line: {: .alert .alert-success} or {:.no_toc}.
    [GeneratedRegex(@"^\s{0,3}\{:\s*([^}]*)\}\s*$")]
    private static partial Regex AttributeLine();

    // Span attribute lists after a link, heading or word: [x](y){:target="_blank"}, ## T {: #id}.
    [GeneratedRegex(@"\s?\{:[^}\n]*\}")]
    private static partial Regex InlineAttributes();
}
