using PlaybookPortal.Core.Importing;
using PlaybookPortal.Markdown;

namespace PlaybookPortal.Web.Rendering;

/// <summary>
/// Answers the importer's questions about a Markdown body with the portal's own parser, without
/// rendering it: an import of thousands of pages must not pay for sanitizing each one.
/// </summary>
public sealed class MarkdownTextAnalyzer(MarkdownOutliner outliner) : IPlaybookTextAnalyzer
{
    public PlaybookTextFacts Analyze(string markdownBody)
    {
        var outline = outliner.Outline(markdownBody);
        return new PlaybookTextFacts(outline.Title, outline.FirstParagraph, outline.MaxNestingDepth, outline.LinkTargets);
    }
}
