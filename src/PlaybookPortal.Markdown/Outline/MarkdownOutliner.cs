using Markdig.Syntax;
using PlaybookPortal.Markdown.Callouts;
using PlaybookPortal.Markdown.Limits;
using PlaybookPortal.Markdown.Pipeline;

namespace PlaybookPortal.Markdown.Outline;

/// <summary>
/// Reads title, first paragraph, headings and nesting depth from a playbook body (front matter
/// already removed), applying the same kramdown clean-up as <see cref="PlaybookRenderer"/>, so
/// the title and anchors agree with the rendered page. Build once; thread-safe; never throws
/// for content: input Markdig refuses yields an outline with only the estimated depth.
/// </summary>
public sealed class MarkdownOutliner
{
    private readonly PlaybookDocumentParser _parser;

    public MarkdownOutliner()
    {
        // Nothing is rendered here, so the ids need no private prefix.
        _parser = new PlaybookDocumentParser(
            PlaybookPipelineFactory.Create(string.Empty),
            PlaybookPipelineFactory.Create(string.Empty, preciseSourceLocation: true));
    }

    /// <summary>Outlines <paramref name="markdownBody"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="markdownBody"/> is null.</exception>
    public MarkdownOutline Outline(string markdownBody)
    {
        ArgumentNullException.ThrowIfNull(markdownBody);
        PlaybookDocument parsed;
        try
        {
            parsed = _parser.Parse(markdownBody);
        }
        catch (Exception)
        {
            return new MarkdownOutline(null, null, [], NestingDepthEstimator.Estimate(markdownBody));
        }

        var title = parsed.Title?.Outline.Text;
        return new MarkdownOutline(
            string.IsNullOrEmpty(title) ? null : title,
            FirstParagraphFinder.Find(parsed.Document),
            [.. parsed.Headings.Select(static heading => heading.Outline)],
            MaxContainerDepth(parsed.Document));
    }

    private static int MaxContainerDepth(MarkdownDocument document) =>
        SyntaxTree.Blocks(document)
            .Where(IsNestingContainer)
            .Select(static block => 1 + SyntaxTree.CountAncestors(block, IsNestingContainer))
            .DefaultIfEmpty(0)
            .Max();

    private static bool IsNestingContainer(Block block) => block is QuoteBlock or ListBlock or CalloutBlock;
}
