using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using PlaybookPortal.Markdown.Pipeline;
using PlaybookPortal.Markdown.Text;

namespace PlaybookPortal.Markdown.Outline;

/// <summary>
/// Finds the first paragraph that reads as prose: outside lists, tables and footnotes, with at
/// least one letter or digit once links, markup, URLs and template tags are gone.
/// </summary>
internal static class FirstParagraphFinder
{
    public const int MaxLength = 300;

    public static string? Find(MarkdownDocument document)
    {
        foreach (var paragraph in SyntaxTree.Blocks(document).OfType<ParagraphBlock>())
        {
            if (SyntaxTree.CountAncestors(paragraph, IsOutsideProse) > 0)
            {
                continue;
            }

            var text = PlainTextCleaner.Clean(InlinePlainText.Of(paragraph.Inline)).ReplaceLineEndings(" ");
            if (text.Any(char.IsLetterOrDigit))
            {
                return Shorten(text);
            }
        }

        return null;
    }

    private static bool IsOutsideProse(Block block) =>
        block is ListItemBlock or Markdig.Extensions.Tables.Table or FootnoteGroup;

    private static string Shorten(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxLength);
        var head = cut > MaxLength / 2 ? text[..cut] : text[..MaxLength];
        return head.TrimEnd(' ', ',', ';', ':') + "…";
    }
}
