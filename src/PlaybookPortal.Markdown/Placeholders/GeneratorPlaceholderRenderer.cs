using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PlaybookPortal.Markdown.Placeholders;

/// <summary>Shows a generator token as neutral text the stylesheet can mute.</summary>
internal sealed class GeneratorPlaceholderRenderer : HtmlObjectRenderer<GeneratorPlaceholderInline>
{
    protected override void Write(HtmlRenderer renderer, GeneratorPlaceholderInline obj)
    {
        renderer.Write("<span class=\"placeholder\">").WriteEscape(obj.Token).Write("</span>");
    }
}
