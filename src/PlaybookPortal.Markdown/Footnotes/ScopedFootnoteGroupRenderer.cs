using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PlaybookPortal.Markdown.Footnotes;

/// <summary>
/// Writes the footnote list like Markdig does, but with each <c>id</c> behind the renderer's
/// private prefix so the sanitizer step can tell our ids from ids in raw HTML.
/// </summary>
internal sealed class ScopedFootnoteGroupRenderer(string idPrefix) : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup obj)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"footnotes\">");
        renderer.WriteLine("<hr />");
        renderer.WriteLine("<ol>");
        foreach (var footnote in obj.OfType<Footnote>())
        {
            var order = footnote.Order.ToString(CultureInfo.InvariantCulture);
            renderer.Write("<li id=\"").Write(idPrefix).Write("fn:").Write(order).WriteLine("\">");
            renderer.WriteChildren(footnote);
            renderer.EnsureLine();
            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol>");
        renderer.WriteLine("</div>");
    }
}
