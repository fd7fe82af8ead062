using System.Collections.Frozen;

namespace PlaybookPortal.Markdown.Sanitizing;

/// <summary>
/// The HTML element names the portal treats as markup in a playbook. Anything else that looks
/// like a tag (<c>&lt;Presenter&gt;</c>, <c>&lt;Customer Name&gt;</c>) is a placeholder written
/// for people and is shown literally (QUIRKS.md row 9).
/// </summary>
internal static class HtmlElementNames
{
    // Deliberately not every element of the HTML standard: names that handbooks use as
    // placeholders far more often than as markup (title, address, time, data, search, menu, map,
    // output) are left out, so "<title>" in a mail template stays visible instead of vanishing.
    private static readonly FrozenSet<string> Known = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "a", "abbr", "applet", "article", "aside", "audio", "b", "base", "bdi", "bdo", "big",
        "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
        "colgroup", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed",
        "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1",
        "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input",
        "ins", "kbd", "label", "legend", "li", "link", "main", "marquee", "math", "mark", "meta",
        "meter", "nav", "noscript", "object", "ol", "optgroup", "option", "p", "param", "picture",
        "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "section", "select",
        "small", "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg",
        "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "tr", "track", "tt",
        "u", "ul", "var", "video", "wbr");

    private static readonly FrozenSet<string> Void = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr");

    // Elements whose end tag the HTML parser infers, so an unclosed one never nests.
    private static readonly FrozenSet<string> OptionalEnd = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "li", "dt", "dd", "p", "rt", "rp", "optgroup", "option", "colgroup", "caption", "thead",
        "tbody", "tfoot", "tr", "td", "th");

    /// <summary>True when <paramref name="name"/> is an element the portal treats as markup.</summary>
    public static bool IsKnown(ReadOnlySpan<char> name) =>
        Known.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    /// <summary>
    /// True when an open tag of <paramref name="name"/> nests until its end tag: a known element
    /// that is neither void nor closed implicitly by the parser.
    /// </summary>
    public static bool Nests(ReadOnlySpan<char> name) =>
        IsKnown(name)
        && !Void.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)
        && !OptionalEnd.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
}
