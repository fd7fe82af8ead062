using PlaybookPortal.Markdown.Headings;
using PlaybookPortal.Markdown.Links;
using PlaybookPortal.Markdown.Text;

namespace PlaybookPortal.Markdown;

/// <summary>
/// A playbook body rendered for reading. Cacheable per revision: nothing in it depends on the
/// reader; internal links are placeholders resolved per request with
/// <see cref="LinkPlaceholderResolver"/>.
/// </summary>
/// <param name="Html">
/// Sanitized HTML fragment, safe to emit as is once placeholders are resolved. When
/// <paramref name="Degraded"/>, the whole source escaped in <c>&lt;pre class="degraded-source"&gt;</c>.
/// </param>
/// <param name="Headings">The body's headings in order (without a dropped title).</param>
/// <param name="Links">The link placeholders in <paramref name="Html"/>, by index.</param>
/// <param name="PlainText">
/// Readable text for search and snippets, one block per line: no URLs, diagram source,
/// template tags or placeholders, table-of-contents blocks or HTML comments.
/// </param>
/// <param name="Sections">
/// <paramref name="PlainText"/> cut at the headings, the lead first, for search hits that land on
/// a section. A degraded playbook is one lead section.
/// </param>
/// <param name="Degraded">True when the content was shown as escaped source instead.</param>
/// <param name="Notice">When degraded, a sentence telling the reader why; otherwise null.</param>
public sealed record RenderedPlaybook(
    string Html,
    IReadOnlyList<OutlineHeading> Headings,
    IReadOnlyList<LinkPlaceholder> Links,
    string PlainText,
    IReadOnlyList<TextSection> Sections,
    bool Degraded,
    string? Notice);
