using Markdig.Helpers;
using Markdig.Parsers;

namespace PlaybookPortal.Markdown.Placeholders;

/// <summary>
/// Recognises <c>{{generator:name}}</c> on one line. Other double-brace tokens such as the
/// <c>{{company}}</c> mail-merge fields are left alone and stay literal text.
/// </summary>
internal sealed class GeneratorPlaceholderParser : InlineParser
{
    private const string Opening = "{{generator:";
    private const string Closing = "}}";

    public GeneratorPlaceholderParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.AsSpan();
        if (!text.StartsWith(Opening, StringComparison.Ordinal))
        {
            return false;
        }

        var length = text[Opening.Length..].IndexOf(Closing, StringComparison.Ordinal);
        if (length < 0)
        {
            return false;
        }

        var token = text.Slice(2, Opening.Length - 2 + length);
        if (token.ContainsAny('\n', '{', '}'))
        {
            return false;
        }

        processor.Inline = new GeneratorPlaceholderInline { Token = token.ToString() };
        slice.Start += Opening.Length + length + Closing.Length;
        return true;
    }
}
