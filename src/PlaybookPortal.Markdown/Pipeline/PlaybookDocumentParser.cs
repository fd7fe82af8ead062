using Markdig;
using Markdig.Syntax;
using PlaybookPortal.Markdown.Headings;
using PlaybookPortal.Markdown.Kramdown;

namespace PlaybookPortal.Markdown.Pipeline;

/// <summary>
/// The steps the renderer and the outliner share: preprocess a copy of the source, parse it,
/// apply kramdown attribute lines, drop the table-of-contents block and anchor the headings.
/// Thread-safe; throws when Markdig refuses the input (for example nesting beyond its limit).
/// </summary>
internal sealed class PlaybookDocumentParser(MarkdownPipeline pipeline, MarkdownPipeline locatingPipeline)
{
    private readonly KramdownPreprocessor _preprocessor = new(locatingPipeline);

    public MarkdownPipeline Pipeline => pipeline;

    public PlaybookDocument Parse(string source)
    {
        var prepared = _preprocessor.Prepare(source);
        var document = Markdig.Markdown.Parse(prepared, pipeline);
        AttributeLineApplier.Apply(document);
        TocBlockRemover.Remove(document);

        var blocks = SyntaxTree.Blocks<HeadingBlock>(document);
        var texts = blocks.Select(static block => InlinePlainText.Of(block.Inline)).ToArray();
        var anchors = HeadingAnchorAssigner.Assign(texts);
        var headings = blocks
            .Select((block, i) =>
                new ParsedHeading(block, new OutlineHeading(block.Level, texts[i], anchors[i])))
            .ToArray();
        return new PlaybookDocument(document, headings, FindTitle(headings));
    }

    /// <summary>
    /// The page title is the first heading when it is a top-level <c># heading</c>: it either
    /// opens the page or comes before any other heading.
    /// </summary>
    private static ParsedHeading? FindTitle(IReadOnlyList<ParsedHeading> headings) =>
        headings is [{ Block: { Level: 1, Parent: MarkdownDocument } } first, ..] ? first : null;
}
