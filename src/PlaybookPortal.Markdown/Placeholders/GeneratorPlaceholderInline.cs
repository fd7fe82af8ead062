using Markdig.Syntax.Inlines;

namespace PlaybookPortal.Markdown.Placeholders;

/// <summary>
/// A <c>{{generator:…}}</c> token that the original handbook's build filled in from data the
/// portal does not have (QUIRKS.md row 16).
/// </summary>
internal sealed class GeneratorPlaceholderInline : LeafInline
{
    /// <summary>The token without its braces, e.g. <c>generator:reporting_structure.vp_sales</c>.</summary>
    public required string Token { get; init; }
}
