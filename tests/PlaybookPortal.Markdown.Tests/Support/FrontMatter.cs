namespace PlaybookPortal.Markdown.Tests.Support;

/// <summary>
/// Removes a leading YAML front matter block, as the import does before rendering: an optional
/// byte-order mark, a <c>---</c> line, and everything up to the next <c>---</c> line (trailing
/// spaces tolerated).
/// </summary>
public static class FrontMatter
{
    public static string Strip(string text)
    {
        var body = text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        if (!body.StartsWith("---", StringComparison.Ordinal) || body.Split('\n', 2)[0].TrimEnd() != "---")
        {
            return body;
        }

        var lines = body.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() == "---")
            {
                return string.Join('\n', lines[(i + 1)..]);
            }
        }

        return body;
    }
}
