namespace PlaybookPortal.Core.Content;

/// <summary>
/// Finds the front matter fences: a <c>---</c> line at the very start of the file and the
/// next <c>---</c> or <c>...</c> line, each allowed trailing spaces or tabs.
/// </summary>
internal static class FrontMatterFences
{
    private const char ByteOrderMark = '\uFEFF';

    public static FrontMatterBlock Find(string text)
    {
        // A BOM is not part of the first line: decoders often keep it as U+FEFF.
        var start = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
        var whole = text[start..];
        var notOpened = new FrontMatterBlock(false, false, "", whole, 1);

        var (opening, afterOpening) = ReadLine(text, start);
        if (!IsFence(opening, "---"))
        {
            return notOpened;
        }

        var lineNumber = 2;
        for (var lineStart = afterOpening; lineStart < text.Length; lineNumber++)
        {
            var (line, next) = ReadLine(text, lineStart);
            if (IsFence(line, "---") || IsFence(line, "..."))
            {
                var yaml = text[afterOpening..lineStart];
                return new FrontMatterBlock(true, true, yaml, text[next..], lineNumber + 1);
            }

            lineStart = next;
        }

        return notOpened with { Opened = true };
    }

    private static bool IsFence(ReadOnlySpan<char> line, string marker) =>
        line.StartsWith(marker, StringComparison.Ordinal)
        && line[marker.Length..].TrimEnd(" \t").IsEmpty;

    // Returns the line without its ending, and where the next line starts. CRLF, LF and a
    // lone CR all end a line, as they do for the Markdown renderer and for YamlDotNet.
    private static (string Line, int Next) ReadLine(string text, int start)
    {
        var end = text.AsSpan(start).IndexOfAny('\r', '\n');
        if (end < 0)
        {
            return (text[start..], text.Length);
        }

        end += start;
        var next = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n'
            ? end + 2
            : end + 1;
        return (text[start..end], next);
    }
}
