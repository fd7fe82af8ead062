using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace PlaybookPortal.Markdown.Footnotes;

/// <summary>
/// Replaces Markdig's footnote renderers with ones that prefix their ids. Must be registered
/// after Markdig's footnote extension.
/// </summary>
internal sealed class ScopedFootnoteExtension(string idPrefix) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            var renderers = html.ObjectRenderers;
            renderers.ReplaceOrAdd<HtmlFootnoteGroupRenderer>(new ScopedFootnoteGroupRenderer(idPrefix));
            renderers.ReplaceOrAdd<HtmlFootnoteLinkRenderer>(new ScopedFootnoteLinkRenderer(idPrefix));
        }
    }
}
