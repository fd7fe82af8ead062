using Markdig;
using Markdig.Renderers;

namespace PlaybookPortal.Markdown.Callouts;

/// <summary>Registers the callout renderer; callouts are created by the kramdown pass.</summary>
internal sealed class CalloutExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<CalloutRenderer>();
        }
    }
}
