using AngleSharp.Dom;
using PlaybookPortal.Data.Catalog;

namespace PlaybookPortal.CorpusCheck;

/// <summary>A playbook page that answered 200, parsed, with the file it came from.</summary>
/// <param name="Entry">The catalog entry the URL was built from.</param>
/// <param name="Source">The file on disk.</param>
/// <param name="Url">The URL that was fetched.</param>
/// <param name="Header">The playbook's header: title, badges and summary.</param>
/// <param name="Prose">The <c>div.prose</c> element: the rendered body and nothing else.</param>
internal sealed record FetchedPage(
    PlaybookEntry Entry, SourceFile Source, string Url, IElement? Header, IElement Prose);
