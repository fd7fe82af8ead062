using Markdig;
using Markdig.Renderers;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>Registers the kramdown attribute line parser and its (silent) renderer.</summary>
internal sealed class KramdownExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Ahead of the paragraph parser, so that the line is not swallowed as paragraph text.
        if (!pipeline.BlockParsers.Contains<AttributeLineParser>())
        {
            pipeline.BlockParsers.Insert(0, new AttributeLineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<AttributeLineRenderer>();
        }
    }
}
