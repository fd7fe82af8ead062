using PlaybookPortal.Markdown.Links;
using PlaybookPortal.Markdown.Text;

namespace PlaybookPortal.Markdown.Sanitizing;

/// <summary>What the HTML steps produce from Markdig's output.</summary>
/// <param name="Html">Sanitized HTML with link placeholders.</param>
/// <param name="Links">The placeholders in <paramref name="Html"/>, in index order.</param>
/// <param name="PlainText">Readable text for search and snippets.</param>
/// <param name="Sections"><paramref name="PlainText"/> cut at anchored headings.</param>
/// <param name="EmbedCount">How many iframes became embed links.</param>
internal sealed record SanitizedFragment(
    string Html,
    IReadOnlyList<LinkPlaceholder> Links,
    string PlainText,
    IReadOnlyList<TextSection> Sections,
    int EmbedCount);
