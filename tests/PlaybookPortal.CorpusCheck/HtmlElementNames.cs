namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// Names of HTML elements, current and obsolete, as browsers know them. A tag with one of
/// these names shown as text means markup the author meant was escaped; anything else in
/// angle brackets (<c>&lt;Presenter&gt;</c>, <c>&lt;host&gt;</c>) is a placeholder to show.
/// </summary>
internal static class HtmlElementNames
{
    private static readonly HashSet<string> Names = new(
    [
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "bdi", "bdo", "big",
        "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
        "colgroup", "data", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em",
        "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hr", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li",
        "main", "mark", "nav", "ol", "p", "picture", "pre", "q", "s", "samp", "section", "small",
        "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th",
        "thead", "time", "tr", "tt", "u", "ul", "var", "video", "wbr",
    ], StringComparer.OrdinalIgnoreCase);

    public static bool Contains(string name) => Names.Contains(name);
}
