namespace PlaybookPortal.CorpusCheck;

/// <summary>The names of the checks, as findings and the quirk table show them.</summary>
internal static class Checks
{
    public const string Import = "import";
    public const string Fetch = "fetch";
    public const string Redirect = "redirect";
    public const string KramdownText = "kramdown as text";
    public const string Toc = "toc block";
    public const string Erb = "erb tags";
    public const string UnsafeMarkup = "unsafe markup";
    public const string RawMarkdown = "unrendered markdown";
    public const string HtmlAsText = "html as text";
    public const string HeadingMarkup = "heading markup";
    public const string Placeholder = "placeholders";
    public const string Diagram = "diagram";
    public const string Degraded = "degraded";
    public const string TitleHeading = "title heading";
    public const string Summary = "summary";
    public const string Table = "tables";
    public const string Generator = "generator";
    public const string Comment = "comments";
    public const string Link = "links";
    public const string Search = "search";
    public const string Export = "export round trip";
}
