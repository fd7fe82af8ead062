using System.Collections.Frozen;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>HTML element names; anything else in angle brackets is text.</summary>
internal static class KnownHtml
{
    private static readonly FrozenSet<string> Elements = new[]
    {
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "big",
        "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
        "colgroup", "data", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed",
        "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label",
        "legend", "li", "link", "main", "map", "mark", "meta", "meter", "nav", "noscript", "object",
        "ol", "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q", "rp",
        "rt", "ruby", "s", "samp", "script", "section", "select", "small", "source", "span", "strike",
        "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template",
        "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var",
        "video", "wbr", "math",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsElement(string name) => Elements.Contains(name);
}
