using PlaybookPortal.Markdown.Sanitizing;

namespace PlaybookPortal.Markdown.Limits;

/// <summary>
/// Counts how deeply raw HTML elements nest across the lines it is shown. Only known elements
/// that need an end tag count; text inside backtick code spans is ignored.
/// </summary>
internal sealed class HtmlTagDepthCounter
{
    private int _depth;
    private int _deepest;

    /// <summary>Scans one line and returns the deepest nesting seen so far.</summary>
    public int Scan(ReadOnlySpan<char> line)
    {
        var position = 0;
        while (position < line.Length)
        {
            var c = line[position];
            if (c == '`')
            {
                position = SkipCodeSpan(line, position);
            }
            else if (c == '<')
            {
                position = ReadTag(line, position + 1);
            }
            else
            {
                position++;
            }
        }

        return _deepest;
    }

    private int ReadTag(ReadOnlySpan<char> line, int position)
    {
        var closing = position < line.Length && line[position] == '/';
        var nameStart = closing ? position + 1 : position;
        var nameEnd = nameStart;
        while (nameEnd < line.Length && char.IsAsciiLetterOrDigit(line[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd == nameStart || !char.IsAsciiLetter(line[nameStart]))
        {
            return nameStart;
        }

        var close = line[nameEnd..].IndexOf('>');
        var selfClosing = close > 0 && line[nameEnd + close - 1] == '/';
        if (close < 0 || selfClosing || !HtmlElementNames.Nests(line[nameStart..nameEnd]))
        {
            return nameEnd;
        }

        _depth = closing ? Math.Max(0, _depth - 1) : _depth + 1;
        _deepest = Math.Max(_deepest, _depth);
        return nameEnd + close + 1;
    }

    private static int SkipCodeSpan(ReadOnlySpan<char> line, int start)
    {
        var run = 1;
        while (start + run < line.Length && line[start + run] == '`')
        {
            run++;
        }

        var fence = line.Slice(start, run);
        var end = line[(start + run)..].IndexOf(fence);
        return end < 0 ? start + run : start + run + end + run;
    }
}
