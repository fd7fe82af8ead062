using PlaybookPortal.Core.Importing;
using PlaybookPortal.Markdown;
using PlaybookPortal.Markdown.Outline;

namespace PlaybookPortal.Web.Rendering;

/// <summary>Answers the importer's questions about a Markdown body with the portal's own pipeline.</summary>
public sealed class MarkdownTextAnalyzer(MarkdownOutliner outliner, PlaybookRenderer renderer)
    : IPlaybookTextAnalyzer
{
    public PlaybookTextFacts Analyze(string markdownBody)
    {
        var outline = outliner.Outline(markdownBody);

        // Links come from the renderer so that exactly the links a reader sees are related.
        var rendered = renderer.Render(markdownBody, new RenderRequest(DropFirstTitleHeading: false));
        var links = rendered.Links.Select(l => l.Href).Distinct(StringComparer.Ordinal).ToList();
        return new PlaybookTextFacts(outline.Title, outline.FirstParagraph, outline.MaxNestingDepth, links);
    }
}
