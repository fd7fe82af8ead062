using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PlaybookPortal.Markdown.Callouts;

/// <summary>Writes <c>&lt;div class="callout callout-KIND"&gt;</c> around the callout's blocks.</summary>
internal sealed class CalloutRenderer : HtmlObjectRenderer<CalloutBlock>
{
    protected override void Write(HtmlRenderer renderer, CalloutBlock obj)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"callout callout-").WriteEscape(obj.Kind).WriteLine("\">");
        renderer.WriteChildren(obj);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}
