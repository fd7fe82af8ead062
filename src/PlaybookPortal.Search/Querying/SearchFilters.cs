using Lucene.Net.Index;
using Lucene.Net.Search;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Search.Analysis;
using PlaybookPortal.Search.Indexing;

namespace PlaybookPortal.Search.Querying;

/// <summary>
/// What a search may see, as one query: the reader's visibility (published playbooks of their
/// audience, or everything for editors and admins) and the filters they chose. Applied inside
/// the search, so hits, totals and facet counts all stay within it.
/// </summary>
internal static class SearchFilters
{
    /// <summary>The filter, or null when nothing restricts the search.</summary>
    public static Query? Build(SearchRequest request, UserQuery query)
    {
        var all = new BooleanQuery();
        if (AudienceTerms.ForReader(request.Reader) is { } audience)
        {
            all.Add(new TermQuery(new Term(SearchFields.Status, AudienceTerms.Status(PlaybookStatus.Published))), Occur.MUST);
            all.Add(AnyOf(SearchFields.Audience, audience), Occur.MUST);
        }

        var categories = query.Categories.Concat(OrNone(request.Category)).Select(SearchDocumentFactory.Key).ToList();
        foreach (var category in categories)
        {
            all.Add(new TermQuery(new Term(SearchFields.CategoryKey, category)), Occur.MUST);
        }

        foreach (var tag in query.Tags.Concat(OrNone(request.Tag)).Select(SearchDocumentFactory.Key))
        {
            all.Add(new TermQuery(new Term(SearchFields.TagKey, tag)), Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(request.Language))
        {
            all.Add(new TermQuery(new Term(SearchFields.Language, SearchLanguages.Normalize(request.Language))), Occur.MUST);
        }

        return all.Clauses.Count > 0 ? all : null;
    }

    private static BooleanQuery AnyOf(string field, IReadOnlyList<string> values)
    {
        // An empty list matches nothing, which is right: a reader with no known role reads nothing.
        var any = new BooleanQuery(disableCoord: true);
        foreach (var value in values)
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        if (values.Count == 0)
        {
            any.Add(new TermQuery(new Term(field, "\u0000none")), Occur.MUST);
        }

        return any;
    }

    private static IEnumerable<string> OrNone(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : [value];
}
