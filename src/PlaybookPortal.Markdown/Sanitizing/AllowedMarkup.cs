using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace PlaybookPortal.Markdown.Sanitizing;

/// <summary>The markup a rendered playbook may contain after sanitizing.</summary>
internal static partial class AllowedMarkup
{
    public static readonly IReadOnlyCollection<string> Tags =
    [
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
        "del", "details", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4",
        "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q",
        "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "u", "ul", "var",
    ];

    // No style (inline CSS is dropped), no event handlers, no data-* (our link placeholders are
    // added after sanitizing and must not be forgeable from raw HTML). Ids are filtered later.
    public static readonly IReadOnlyCollection<string> Attributes =
    [
        "abbr", "alt", "checked", "class", "colspan", "dir", "disabled", "headers", "height", "href",
        "id", "lang", "open", "reversed", "rowspan", "scope", "span", "src", "start", "title",
        "type", "value", "width",
    ];

    public static readonly IReadOnlyCollection<string> Schemes = ["http", "https", "mailto"];

    /// <summary>Element whose subtree is removed outright instead of being unwrapped.</summary>
    public static readonly FrozenSet<string> RemovedWithContent = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "applet", "audio", "base", "canvas", "embed", "frame", "frameset", "head", "iframe", "link",
        "math", "meta", "noembed", "noframes", "noscript", "object", "script", "select", "style", "svg",
        "template", "title", "video");

    private static readonly FrozenSet<string> PortalClasses = FrozenSet.Create(
        StringComparer.Ordinal,
        "callout", "callout-success", "callout-info", "callout-warning", "callout-danger",
        "callout-note", "contains-task-list", "task-list-item", "footnotes", "footnote-ref",
        "footnote-back-ref", "placeholder", "mermaid-source", "embed-link", "external",
        "image-missing");

    /// <summary>True for the classes the portal's stylesheet knows.</summary>
    public static bool IsPortalClass(string name) =>
        PortalClasses.Contains(name) || CodeLanguageClass().IsMatch(name);

    [GeneratedRegex(@"^language-[A-Za-z0-9_+#.-]{1,40}$")]
    private static partial Regex CodeLanguageClass();
}
