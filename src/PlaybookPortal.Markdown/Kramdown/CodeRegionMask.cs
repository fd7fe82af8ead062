using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PlaybookPortal.Markdown.Pipeline;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>
/// Hides code from the kramdown rewriters: returns a copy of the text of the same length in
/// which every character of a code block or code span (line breaks excepted) is replaced by
/// <see cref="Masked"/>, so that no pattern can match inside code. Code is found by parsing with
/// the portal's own pipeline, which knows indented code from list continuations.
/// </summary>
internal static class CodeRegionMask
{
    public const char Masked = '\u001F';

    public static string Mask(string text, MarkdownPipeline locatingPipeline)
    {
        var document = Markdig.Markdown.Parse(text, locatingPipeline);
        var chars = text.ToCharArray();
        foreach (var block in SyntaxTree.Blocks(document))
        {
            if (block is CodeBlock)
            {
                Hide(chars, block.Span);
            }
            else if (block is LeafBlock { Inline: { } inlines })
            {
                foreach (var code in inlines.FindDescendants<CodeInline>())
                {
                    Hide(chars, code.Span);
                }
            }
        }

        return new string(chars);
    }

    private static void Hide(char[] chars, SourceSpan span)
    {
        var end = Math.Min(span.End, chars.Length - 1);
        for (var i = Math.Max(span.Start, 0); i <= end; i++)
        {
            if (chars[i] != '\n')
            {
                chars[i] = Masked;
            }
        }
    }
}
