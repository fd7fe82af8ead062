using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>Renders nothing: an attribute line is never shown as text (QUIRKS.md row 2).</summary>
internal sealed class AttributeLineRenderer : HtmlObjectRenderer<AttributeLineBlock>
{
    protected override void Write(HtmlRenderer renderer, AttributeLineBlock obj)
    {
    }
}
