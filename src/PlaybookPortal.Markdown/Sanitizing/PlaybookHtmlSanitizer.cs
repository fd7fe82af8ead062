using AngleSharp.Css.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using PlaybookPortal.Markdown.Embeds;
using PlaybookPortal.Markdown.Links;
using PlaybookPortal.Markdown.Text;

namespace PlaybookPortal.Markdown.Sanitizing;

/// <summary>
/// Turns the HTML Markdig wrote (raw HTML from the source included) into the HTML a reader
/// gets. The HtmlSanitizer is configured once here and never changed afterwards, which is what
/// makes sharing it between threads safe. The order of the steps matters for security: unsafe
/// elements go before sanitizing, and everything the portal adds itself (placeholders, rel,
/// missing-image marks) comes after it, so raw HTML can never forge it.
/// </summary>
internal sealed class PlaybookHtmlSanitizer(string idPrefix)
{
    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public SanitizedFragment Sanitize(string renderedHtml)
    {
        // A parser without CSS support: style attributes and elements are dropped anyway, and
        // parsing them into style sheets costs more than the rest of sanitizing.
        using var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + renderedHtml);
        var body = document.Body!;

        var embeds = IframeEmbedConverter.Convert(body);
        UnsafeContentRemover.Remove(body);
        _sanitizer.SanitizeDom(document, body);

        MarkupScrubber.Scrub(body, idPrefix);
        ImageRewriter.Rewrite(body);
        var links = LinkRewriter.Rewrite(body);
        var text = PlainTextExtractor.Extract(body);
        var html = SanitizedHtmlWriter.WriteSanitized(body);
        return new SanitizedFragment(html, links, text.PlainText, text.Sections, embeds);
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = IgnoringCase(AllowedMarkup.Tags),
            AllowedAttributes = IgnoringCase(AllowedMarkup.Attributes),
            AllowedSchemes = IgnoringCase(AllowedMarkup.Schemes),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<CssRuleType>(),
        };

        // Unwrap rather than delete unknown elements such as <font> or <center>, so their text
        // survives; elements whose content is dangerous were removed beforehand.
        return new HtmlSanitizer(options) { KeepChildNodes = true, AllowDataAttributes = false };
    }

    private static HashSet<string> IgnoringCase(IEnumerable<string> names) =>
        new(names, StringComparer.OrdinalIgnoreCase);
}
