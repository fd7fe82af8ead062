namespace PlaybookPortal.Markdown;

/// <summary>
/// The result of rendering one playbook body. <see cref="Html"/> is sanitized; internal links
/// in it are placeholders (<c>&lt;a data-pp-link="N"&gt;</c>) until
/// <see cref="LinkPlaceholderResolver"/> resolves them for a reader. Immutable and safe
/// to cache and share between requests.
/// </summary>
/// <param name="Html">Sanitized HTML fragment.</param>
/// <param name="Headings">Every heading with its anchor, in document order, for a table of contents.</param>
/// <param name="Links">Internal link placeholders, by index.</param>
/// <param name="PlainText">Readable text (no URLs, code of diagrams, placeholders or comments).</param>
/// <param name="Degraded">True when the body could not be rendered and is shown as escaped text.</param>
/// <param name="Notice">Why the body is degraded, for the reader; null otherwise.</param>
public sealed record RenderedPlaybook(
    string Html,
    IReadOnlyList<OutlineHeading> Headings,
    IReadOnlyList<LinkPlaceholder> Links,
    string PlainText,
    bool Degraded,
    string? Notice);
