using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PlaybookPortal.Markdown.Footnotes;

/// <summary>
/// Writes a footnote reference or back link; the reference's <c>id</c> carries the renderer's
/// private prefix (see <see cref="ScopedFootnoteGroupRenderer"/>).
/// </summary>
internal sealed class ScopedFootnoteLinkRenderer(string idPrefix) : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink obj)
    {
        var index = obj.Index.ToString(CultureInfo.InvariantCulture);
        if (obj.IsBackLink)
        {
            renderer.Write("<a href=\"#fnref:").Write(index)
                .Write("\" class=\"footnote-back-ref\">&#8617;</a>");
            return;
        }

        var order = obj.Footnote.Order.ToString(CultureInfo.InvariantCulture);
        renderer.Write("<a id=\"").Write(idPrefix).Write("fnref:").Write(index)
            .Write("\" href=\"#fn:").Write(order).Write("\" class=\"footnote-ref\"><sup>")
            .Write(order).Write("</sup></a>");
    }
}
