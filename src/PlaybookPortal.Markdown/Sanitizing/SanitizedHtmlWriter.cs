using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace PlaybookPortal.Markdown.Sanitizing;

/// <summary>
/// The one place that turns playbook content into an HTML string (STYLE.md: sanitized Markdown
/// HTML is emitted in one place only). Either a sanitized DOM is serialized, or source text is
/// escaped into <c>&lt;pre class="degraded-source"&gt;</c>; both go through AngleSharp's
/// standard serializer, which escapes text and attribute values.
/// </summary>
internal static class SanitizedHtmlWriter
{
    /// <summary>Serializes the children of a container that has been sanitized.</summary>
    public static string WriteSanitized(IElement sanitizedContainer) =>
        sanitizedContainer.ChildNodes.ToHtml(HtmlMarkupFormatter.Instance);

    /// <summary>Shows <paramref name="source"/> as escaped, preformatted text.</summary>
    public static string WriteSourceAsText(string source)
    {
        using var document = new HtmlParser().ParseDocument(string.Empty);
        var pre = document.CreateElement("pre");
        pre.SetAttribute("class", "degraded-source");
        pre.TextContent = source;
        return pre.ToHtml(HtmlMarkupFormatter.Instance);
    }
}
