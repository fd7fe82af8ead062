using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PlaybookPortal.Markdown.Headings;
using PlaybookPortal.Markdown.Kramdown;
using PlaybookPortal.Markdown.Limits;
using PlaybookPortal.Markdown.Outline;
using PlaybookPortal.Markdown.Pipeline;

namespace PlaybookPortal.Markdown;

/// <summary>
/// Reads a body's title heading, first paragraph, headings and nesting depth without
/// rendering it. Never throws for any input. Thread-safe; build one and share it.
/// </summary>
public sealed class MarkdownOutliner
{
    private const int SummaryLength = 300;

    private readonly MarkdownPipeline _pipeline = MarkdownPipelineFactory.Create();

    public MarkdownOutline Outline(string markdownBody)
    {
        ArgumentNullException.ThrowIfNull(markdownBody);

        try
        {
            var document = Markdig.Markdown.Parse(KramdownPreprocessor.Process(markdownBody), _pipeline);
            var headings = document.Descendants<HeadingBlock>().ToList();
            var texts = headings.Select(h => InlineText(h.Inline)).ToList();
            var anchors = AnchorBuilder.Assign(texts);
            var outline = headings.Select((h, i) => new OutlineHeading(h.Level, texts[i], anchors[i])).ToList();
            var title = TitleHeading.Find(document) is { } titleHeading ? InlineText(titleHeading.Inline) : null;
            return new MarkdownOutline(NullIfEmpty(title), FirstParagraph(document), outline,
                NestingDepth.Of(document), LinkCollector.Collect(document));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new MarkdownOutline(null, null, [], 0, []);
        }
    }

    private static string? FirstParagraph(MarkdownDocument document)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            var text = InlineText(paragraph.Inline);
            if (text.Length > 0)
            {
                return Shorten(text);
            }
        }

        return null;
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var item in inline.Descendants())
        {
            switch (item)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Shorten(string text)
    {
        if (text.Length <= SummaryLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', SummaryLength);
        return text[..(cut > SummaryLength / 2 ? cut : SummaryLength)] + "…";
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
