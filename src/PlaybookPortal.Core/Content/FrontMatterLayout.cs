namespace PlaybookPortal.Core.Content;

/// <summary>
/// A source text cut into the pieces the editor puts back together: byte-order mark, opening
/// fence, YAML, closing fence and body, so that <c>Mark + Opening + Yaml + Closing + Body</c>
/// is the source again, character for character.
/// </summary>
/// <param name="Mark">The byte-order mark, or empty.</param>
/// <param name="Opening">The opening fence line with its line ending; empty without a block.</param>
/// <param name="Yaml">The text between the fences; empty without a block.</param>
/// <param name="Closing">The closing fence line with its ending (if any); empty without a block.</param>
/// <param name="Body">The rest: the whole text after the mark when there is no closed block.</param>
/// <param name="NewLine">The file's first line ending, used for every line the editor writes.</param>
internal sealed record FrontMatterLayout(
    string Mark,
    string Opening,
    string Yaml,
    string Closing,
    string Body,
    string NewLine)
{
    public bool HasBlock => Opening.Length > 0;

    public static FrontMatterLayout Of(string source)
    {
        var block = FrontMatterFences.Find(source);
        var mark = source.StartsWith('\uFEFF') ? "\uFEFF" : "";
        var newLine = FirstLineEnding(source) ?? "\n";
        if (!block.Closed)
        {
            return new FrontMatterLayout(mark, "", "", "", source[mark.Length..], newLine);
        }

        var openingEnd = mark.Length + LineLength(source, mark.Length);
        var closingEnd = source.Length - block.Body.Length;
        var closingStart = openingEnd + block.Yaml.Length;
        return new FrontMatterLayout(
            mark,
            source[mark.Length..openingEnd],
            block.Yaml,
            source[closingStart..closingEnd],
            block.Body,
            newLine);
    }

    // CRLF, LF and a lone CR end a line, as they do for FrontMatterFences.
    private static int LineLength(string text, int start)
    {
        var end = text.AsSpan(start).IndexOfAny('\r', '\n');
        if (end < 0)
        {
            return text.Length - start;
        }

        var crLf = text[start + end] == '\r' && start + end + 1 < text.Length
            && text[start + end + 1] == '\n';
        return end + (crLf ? 2 : 1);
    }

    private static string? FirstLineEnding(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        if (end < 0)
        {
            return null;
        }

        if (text[end] == '\n')
        {
            return "\n";
        }

        return end + 1 < text.Length && text[end + 1] == '\n' ? "\r\n" : "\r";
    }
}
