using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PlaybookPortal.Markdown.Diagrams;

/// <summary>Puts <see cref="DiagramSourceRenderer"/> in place of Markdig's code renderer.</summary>
internal sealed class DiagramSourceExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<CodeBlockRenderer>(new DiagramSourceRenderer());
        }
    }
}
