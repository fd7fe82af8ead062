namespace PlaybookPortal.Markdown.Limits;

/// <summary>
/// Estimates how deeply a Markdown source nests, line by line and without parsing it, so that
/// pathological input is refused before any recursive parser or renderer sees it. Counts block
/// quote markers, list items (by their indentation) and open HTML elements; fenced code is
/// skipped. The estimate follows CommonMark closely enough for real pages and errs on the high
/// side for odd ones.
/// </summary>
internal static class NestingDepthEstimator
{
    public static int Estimate(string source)
    {
        var lists = new List<int>();
        var html = new HtmlTagDepthCounter();
        var fence = new FenceTracker();
        var deepest = 0;
        var previousQuotes = 0;
        var previousBlank = true;

        foreach (var line in source.AsSpan().EnumerateLines())
        {
            var quotes = SkipQuoteMarkers(line, out var rest);
            if (fence.IsOpen)
            {
                fence.TryClose(rest);
                continue;
            }

            if (rest.IsWhiteSpace())
            {
                previousBlank = true;
                continue;
            }

            if (quotes != previousQuotes)
            {
                // A different quote level starts a different container; lists do not carry over.
                lists.Clear();
                previousQuotes = quotes;
            }

            var depth = quotes + TrackLists(lists, rest, previousBlank, fence);
            deepest = Math.Max(deepest, Math.Max(depth, html.Scan(rest)));
            previousBlank = false;
        }

        return deepest;
    }

    private static int TrackLists(List<int> lists, ReadOnlySpan<char> line, bool afterBlank,
        FenceTracker fence)
    {
        var indent = Indentation(line, out var contentStart);
        var content = line[contentStart..];
        var markerWidth = ListMarkerWidth(content);

        // A list marker closes every open item whose content starts to its right. Any other
        // line does so only after a blank line: before that it is a lazy continuation.
        if (markerWidth > 0 || afterBlank)
        {
            while (lists.Count > 0 && lists[^1] > indent)
            {
                lists.RemoveAt(lists.Count - 1);
            }
        }

        // "- - - x" opens one list inside the other on a single line; so do "- > x" quotes.
        var column = indent;
        var sameLineQuotes = 0;
        while (markerWidth > 0 || (!content.IsEmpty && content[0] == '>'))
        {
            if (markerWidth > 0)
            {
                column += markerWidth;
                lists.Add(column);

                // An empty item ("-" at the end of the line) counts a space that is not there.
                content = content[Math.Min(markerWidth, content.Length)..];
            }
            else
            {
                sameLineQuotes++;
                content = content[1..].TrimStart(' ');
            }

            markerWidth = ListMarkerWidth(content);
        }

        fence.TryOpen(content);
        return lists.Count + sameLineQuotes;
    }

    private static int SkipQuoteMarkers(ReadOnlySpan<char> line, out ReadOnlySpan<char> rest)
    {
        var quotes = 0;
        rest = line;
        while (true)
        {
            var trimmed = rest.TrimStart(' ');
            if (rest.Length - trimmed.Length > 3 || trimmed.IsEmpty || trimmed[0] != '>')
            {
                return quotes;
            }

            quotes++;
            rest = trimmed[1..];
            if (!rest.IsEmpty && rest[0] == ' ')
            {
                rest = rest[1..];
            }
        }
    }

    private static int Indentation(ReadOnlySpan<char> line, out int contentStart)
    {
        var column = 0;
        contentStart = 0;
        while (contentStart < line.Length && (line[contentStart] == ' ' || line[contentStart] == '\t'))
        {
            column += line[contentStart] == '\t' ? 4 - (column % 4) : 1;
            contentStart++;
        }

        return column;
    }

    /// <summary>Width of a bullet or ordered list marker plus its following space, else 0.</summary>
    private static int ListMarkerWidth(ReadOnlySpan<char> content)
    {
        var markerEnd = 0;
        if (content.Length > 0 && content[0] is '-' or '*' or '+')
        {
            markerEnd = 1;
        }
        else
        {
            while (markerEnd < content.Length && markerEnd < 9 && char.IsAsciiDigit(content[markerEnd]))
            {
                markerEnd++;
            }

            if (markerEnd == 0 || markerEnd >= content.Length || content[markerEnd] is not ('.' or ')'))
            {
                return 0;
            }

            markerEnd++;
        }

        if (markerEnd == content.Length)
        {
            return markerEnd + 1;
        }

        var spaces = 0;
        while (markerEnd + spaces < content.Length && content[markerEnd + spaces] is ' ' or '\t')
        {
            spaces++;
        }

        // CommonMark: more than four spaces after the marker means one space plus indented code.
        return spaces == 0 ? 0 : markerEnd + (spaces > 4 ? 1 : spaces);
    }
}
