using System.Text.RegularExpressions;

namespace PlaybookPortal.CorpusCheck;

/// <summary>Short, single-line excerpts of what was seen, so a finding fits on one line.</summary>
internal static partial class Snippet
{
    private const int Width = 100;

    public static string Of(string? text)
    {
        if (text is null)
        {
            return "(none)";
        }

        var line = Whitespace().Replace(text, " ").Trim();
        return line.Length <= Width ? line : line[..Width] + "…";
    }

    /// <summary>The text around <paramref name="index"/>, for a match inside a long text.</summary>
    public static string Around(string text, int index)
    {
        var start = Math.Max(0, index - 30);
        return Of(text[start..Math.Min(text.Length, start + Width)]);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
