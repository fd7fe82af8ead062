namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>Line arithmetic over a text whose line endings are already <c>\n</c>.</summary>
internal static class SourceLines
{
    public static int StartOf(string text, int position) =>
        position == 0 ? 0 : text.LastIndexOf('\n', position - 1) + 1;

    public static int EndOf(string text, int position)
    {
        var end = text.IndexOf('\n', position);
        return end < 0 ? text.Length : end;
    }

    /// <summary>
    /// The range to delete so that <c>[start, end)</c> disappears together with its line when
    /// nothing else is on that line; otherwise just the range itself.
    /// </summary>
    public static (int Start, int Length) WholeLinesOrSelf(string text, int start, int end)
    {
        var lineStart = StartOf(text, start);
        var lineEnd = EndOf(text, end);
        var alone = string.IsNullOrWhiteSpace(text[lineStart..start])
            && string.IsNullOrWhiteSpace(text[end..lineEnd]);
        if (!alone)
        {
            return (start, end - start);
        }

        var stop = lineEnd < text.Length ? lineEnd + 1 : lineEnd;
        return (lineStart, stop - lineStart);
    }

    /// <summary>The leading spaces and tabs of the line holding <paramref name="position"/>.</summary>
    public static string IndentationAt(string text, int position)
    {
        var start = StartOf(text, position);
        var end = start;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }

        return text[start..end];
    }
}
