using PlaybookPortal.Components;
using PlaybookPortal.Search.Querying;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Search;

/// <summary>Maps the engine's hits to the result list's models.</summary>
public static class SearchResultViews
{
    public static IReadOnlyList<SearchResultModel> From(IEnumerable<SearchHit> hits) =>
        hits.Select(From).ToList();

    public static SearchResultModel From(SearchHit hit) => new(
        hit.Title,
        PortalUrls.Playbook(hit.Slug, hit.Anchor),
        CategoryNames.Display(string.IsNullOrWhiteSpace(hit.Category) ? ReaderView.GeneralCategory : hit.Category),
        hit.HeadingPath,
        hit.SnippetHtml,
        hit.Status.ToString(),
        hit.Language,
        hit.Tags,
        hit.MatchingSections);
}
