using System.Text.RegularExpressions;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>
/// Neutralises ERB template tags from <c>.html.md.erb</c> pages (QUIRKS.md row 4); they are
/// never executed. Output tags (<c>&lt;%= partial(…) %&gt;</c>) become inline code so a reader
/// sees what the page used to pull in; control and comment tags (<c>&lt;% end %&gt;</c>,
/// <c>&lt;%- … -%&gt;</c>, <c>&lt;%# … %&gt;</c>) are dropped, with their line when they stand
/// alone on it.
/// </summary>
internal static partial class TemplateTagRewriter
{
    public static void Collect(string masked, SourceEdits edits)
    {
        foreach (Match tag in TemplateTag().Matches(masked))
        {
            if (tag.Groups["mode"].Value == "=")
            {
                edits.Replace(tag.Index, tag.Length, AsCodeSpan(tag.Value));
                continue;
            }

            var (start, length) = SourceLines.WholeLinesOrSelf(masked, tag.Index, tag.Index + tag.Length);
            edits.Delete(start, length);
        }
    }

    private static string AsCodeSpan(string tag)
    {
        var content = tag.ReplaceLineEndings(" ");
        var longestRun = BacktickRuns().Matches(content).Select(static m => m.Length).DefaultIfEmpty(0).Max();
        var fence = new string('`', longestRun + 1);
        var padding = content.StartsWith('`') || content.EndsWith('`') ? " " : string.Empty;
        return fence + padding + content + padding + fence;
    }

    // Bounded and kept out of masked code, so a stray "<%" cannot swallow half a page.
    [GeneratedRegex(@"<%(?<mode>[=#-]?)[^\u001F]{0,2000}?-?%>")]
    private static partial Regex TemplateTag();

    [GeneratedRegex("`+")]
    private static partial Regex BacktickRuns();
}
