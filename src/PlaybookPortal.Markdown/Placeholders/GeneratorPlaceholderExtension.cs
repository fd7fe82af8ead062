using Markdig;
using Markdig.Renderers;

namespace PlaybookPortal.Markdown.Placeholders;

/// <summary>Registers the <c>{{generator:…}}</c> parser and renderer.</summary>
internal sealed class GeneratorPlaceholderExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.InlineParsers.AddIfNotAlready<GeneratorPlaceholderParser>();
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<GeneratorPlaceholderRenderer>();
        }
    }
}
