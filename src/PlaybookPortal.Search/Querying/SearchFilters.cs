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

        // A playbook has one category, so several mean "any of them"; several tags mean "all".
        var categories = query.Categories.Concat(OrNone(request.Category)).Select(SearchDocumentFactory.Key).ToList();
        if (categories.Count > 0)
        {
            all.Add(AnyOf(SearchFields.CategoryKey, categories), Occur.MUST);
        }

        foreach (var tag in query.Tags.Concat(OrNone(request.Tag)).Select(SearchDocumentFactory.Key))
        {
            all.Add(new TermQuery(new Term(SearchFields.TagKey, tag)), Occur.MUST);
        }

        foreach (var category in query.ExcludedCategories.Select(SearchDocumentFactory.Key))
        {
            all.Add(new TermQuery(new Term(SearchFields.CategoryKey, category)), Occur.MUST_NOT);
        }

        foreach (var tag in query.ExcludedTags.Select(SearchDocumentFactory.Key))
        {
            all.Add(new TermQuery(new Term(SearchFields.TagKey, tag)), Occur.MUST_NOT);
        }

        // Only the two analysed languages filter; any other value is no filter at all.
        if (request.Language?.Trim().ToLowerInvariant() is SearchLanguages.English or SearchLanguages.German)
        {
            all.Add(new TermQuery(new Term(SearchFields.Language, request.Language.Trim().ToLowerInvariant())), Occur.MUST);
        }

        // A query of exclusions alone matches nothing in Lucene: exclude from everything.
        if (all.Clauses.Count > 0 && all.Clauses.All(static c => c.Occur == Occur.MUST_NOT))
        {
            all.Add(new MatchAllDocsQuery(), Occur.MUST);
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
