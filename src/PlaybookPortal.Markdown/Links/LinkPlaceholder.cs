namespace PlaybookPortal.Markdown.Links;

/// <summary>
/// A link in rendered HTML whose target the portal must resolve per request: the HTML holds
/// <c>&lt;a data-pp-link="Index"&gt;</c> without an <c>href</c>.
/// </summary>
/// <param name="Index">The number in <c>data-pp-link</c>, counting from 0 in document order.</param>
/// <param name="Href">
/// The target as written: relative (<c>../x.md#a</c>, <c>sales/qbrs/</c>), site-absolute
/// (<c>/handbook/sales/</c>) or a <c>.md</c> file; HTML entities decoded. Markdig percent-encodes
/// spaces and non-ASCII characters of Markdown link targets (<c>%20</c>).
/// </param>
public sealed record LinkPlaceholder(int Index, string Href);
