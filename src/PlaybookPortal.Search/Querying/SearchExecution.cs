using System.Globalization;
using Lucene.Net.Search;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Search.Indexing;

namespace PlaybookPortal.Search.Querying;

/// <summary>
/// One search against one searcher: exclusions first, then the matching sections grouped per
/// playbook, sorted, counted into facets, and the requested page turned into hits with
/// snippets from each playbook's best section.
/// </summary>
internal sealed class SearchExecution(IndexSearcher searcher, SearchQueryBuilder queries, SearchRequest request)
{
    private const string PlainWordsNotice =
        "Part of your search could not be read as search syntax, so it was searched as plain words.";

    private const int MaxPageSize = 100;

    private readonly Dictionary<string, (BooleanQuery Words, IReadOnlyList<string> Prefixes)> _highlights = new(StringComparer.Ordinal);

    /// <summary>Editors find drafts and archived playbooks too, but below the live page of equal match.</summary>
    private const float UnpublishedWeight = 0.8f;

    public SearchResults Run()
    {
        var query = UserQueryParser.Parse(request.Text);
        var filter = SearchFilters.Build(request, query);

        // Filters alone ("category:kpis", a facet with no words) list what they keep.
        var match = queries.BuildMatch(query) ?? (query.IsEmpty && HasChosenFilters(request, query) ? new MatchAllDocsQuery() : null);
        if (match is null)
        {
            return SearchResults.Empty with { Notice = query.ReadAsPlainWords ? PlainWordsNotice : null };
        }

        var excluded = ExcludedPlaybooks(query, filter);
        var collector = new PlaybookGroupingCollector(excluded);
        searcher.Search(Filtered(match, filter), collector);

        var groups = collector.Finish()
            .OrderByDescending(static g => g.IsPublished ? g.BestScore : g.BestScore * UnpublishedWeight)
            .ThenBy(static g => g.TitleKey, StringComparer.Ordinal)
            .ThenBy(static g => g.PlaybookId, StringComparer.Ordinal)
            .ToList();
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, request.Page);
        var hits = groups.Skip((page - 1) * pageSize).Take(pageSize)
            .Select(group => Hit(group, query))
            .ToList();

        return new SearchResults(groups.Count, hits, Facets(groups), query.ReadAsPlainWords ? PlainWordsNotice : null);
    }

    private static bool HasChosenFilters(SearchRequest request, UserQuery query) =>
        query.HasFilters || !string.IsNullOrWhiteSpace(request.Category) || !string.IsNullOrWhiteSpace(request.Tag);

    private HashSet<string> ExcludedPlaybooks(UserQuery query, Query? filter)
    {
        if (queries.BuildExclusion(query) is not { } exclusion)
        {
            return [];
        }

        var ids = new PlaybookIdCollector();
        searcher.Search(Filtered(exclusion, filter), ids);
        return ids.Ids;
    }

    private SearchHit Hit(PlaybookGroup group, UserQuery query)
    {
        var document = searcher.Doc(group.BestDocument);
        var text = document.Get(SearchFields.SectionText, CultureInfo.InvariantCulture) ?? "";
        var path = document.Get(SearchFields.HeadingPath, CultureInfo.InvariantCulture) is { Length: > 0 } joined
            ? joined.Split(SearchFields.PathSeparator)
            : [];
        if (!_highlights.TryGetValue(group.Language, out var highlight))
        {
            highlight = queries.BuildHighlight(query, group.Language, SnippetHighlighter.Field);
            _highlights[group.Language] = highlight;
        }

        return new SearchHit(
            group.PlaybookId,
            document.Get(SearchFields.Slug, CultureInfo.InvariantCulture) ?? "",
            document.Get(SearchFields.Title, CultureInfo.InvariantCulture) ?? "",
            group.Category,
            document.Get(SearchFields.Anchor, CultureInfo.InvariantCulture) ?? "",
            path,
            SnippetHighlighter.Create(highlight.Words, highlight.Prefixes, text, group.Language),
            Enum.TryParse<PlaybookStatus>(document.Get(SearchFields.Status, CultureInfo.InvariantCulture), ignoreCase: true, out var status)
                ? status
                : PlaybookStatus.Published,
            group.Language,
            group.Tags,
            group.MatchingSections);
    }

    private static SearchFacets Facets(List<PlaybookGroup> groups) => new(
        Count(groups.Select(static g => g.Category)),
        Count(groups.SelectMany(static g => g.Tags)),
        Count(groups.Select(static g => g.Language)));

    private static List<FacetCount> Count(IEnumerable<string> values) => values
        .Where(static v => v.Length > 0)
        .CountBy(static v => v, StringComparer.Ordinal)
        .Select(static pair => new FacetCount(pair.Key, pair.Value))
        .OrderByDescending(static f => f.Count)
        .ThenBy(static f => f.Value, StringComparer.OrdinalIgnoreCase)
        .ToList();

    private static Query Filtered(Query query, Query? filter) =>
        filter is null ? query : new FilteredQuery(query, new QueryWrapperFilter(filter));
}
