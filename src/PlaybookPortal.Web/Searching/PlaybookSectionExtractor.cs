using PlaybookPortal.Core.Content;
using PlaybookPortal.Markdown;
using PlaybookPortal.Search.Indexing;

namespace PlaybookPortal.Web.Searching;

/// <summary>
/// The text search indexes, cut into sections: the stored revision's body rendered by the same
/// pipeline and sanitizer as the page, so anchors match the page and nothing a reader cannot
/// see (diagram source, template tags, URLs, the dropped title heading) is indexed.
/// </summary>
public sealed class PlaybookSectionExtractor(PlaybookRenderer renderer)
{
    public IReadOnlyList<IndexedSection> Extract(string sourceText, bool titleFromHeading)
    {
        ArgumentNullException.ThrowIfNull(sourceText);
        var body = FrontMatterParser.Parse(sourceText).Body;
        var rendered = renderer.Render(body, new RenderRequest(titleFromHeading));
        return rendered.Sections
            .Select(static s => new IndexedSection(s.Anchor, s.HeadingPath, s.Text))
            .ToList();
    }
}
