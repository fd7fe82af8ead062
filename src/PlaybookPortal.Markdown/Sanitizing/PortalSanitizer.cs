using Ganss.Xss;

namespace PlaybookPortal.Markdown.Sanitizing;

/// <summary>
/// The sanitizer configuration: an allow-list of tags, attributes, classes and URL schemes.
/// Built once and never modified afterwards, which is what makes sharing it thread-safe.
/// </summary>
internal static class PortalSanitizer
{
    private static readonly string[] Tags =
    [
        "a", "abbr", "b", "big", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
        "details", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "i", "img", "input", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp",
        "section", "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "u", "ul", "var",
    ];

    private static readonly string[] Attributes =
    [
        "href", "src", "alt", "title", "class", "id", "colspan", "rowspan", "scope", "type",
        "checked", "disabled", "open", "start", "reversed", "width", "height", "align", "lang", "dir",
    ];

    private static readonly string[] Classes =
    [
        "callout", "callout-info", "callout-success", "callout-warning", "callout-danger",
        "placeholder", "embed-link", "external", "task-list", "task-list-item", "task-list-item-checkbox",
        "footnotes", "footnote-ref", "footnote-back-ref", "contains-task-list",
    ];

    public static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedClasses = new HashSet<string>(Classes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        });

        // Code blocks carry their language as a class; keep those, never anything else.
        sanitizer.RemovingCssClass += (_, e) => e.Cancel = e.CssClass.StartsWith("language-", StringComparison.Ordinal);
        return sanitizer;
    }
}
