using System.Text.RegularExpressions;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>
/// Turns the block before a kramdown attribute line such as <c>{: .alert .alert-success}</c>
/// into the portal's callout (QUIRKS.md row 2). Other attribute lists are simply dropped.
/// </summary>
internal static partial class Callouts
{
    public static void WrapPrevious(List<string> output, string attributes)
    {
        var kind = AlertClass().Match(attributes);
        if (!kind.Success)
        {
            return;
        }

        var end = output.Count;
        var start = end;
        while (start > 0 && output[start - 1].Trim().Length > 0)
        {
            start--;
        }

        if (start == end)
        {
            return;
        }

        // Blank lines around the block keep CommonMark parsing the Markdown inside the div.
        output.Insert(end, "");
        output.Insert(end + 1, "</div>");
        output.Insert(end + 2, "");
        output.Insert(start, $"<div class=\"callout callout-{Normalise(kind.Groups[1].Value)}\">");
        output.Insert(start + 1, "");
    }

    private static string Normalise(string kind) => kind.ToLowerInvariant() switch
    {
        "success" => "success",
        "warning" => "warning",
        "danger" or "error" => "danger",
        _ => "info",
    };

    [GeneratedRegex(@"\.alert-([A-Za-z]+)")]
    private static partial Regex AlertClass();
}
