using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Search.Querying;

/// <summary>
/// One page of results grouped per playbook, best first, with facet counts over every playbook
/// the reader may see that matched (not only this page).
/// </summary>
/// <param name="Total">Matching playbooks the reader may read.</param>
/// <param name="Hits">This page's playbooks.</param>
/// <param name="Facets">Counts by category, tag and language.</param>
/// <param name="Notice">A sentence for the reader when the query was read as plain words, else null.</param>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    string? Notice)
{
    public static SearchResults Empty { get; } = new(0, [], SearchFacets.Empty, null);
}

/// <summary>One playbook in the results, led by its best section.</summary>
/// <param name="PlaybookId">Stable id.</param>
/// <param name="Slug">Slug; the hit links to <c>/playbooks/{Slug}#{Anchor}</c>.</param>
/// <param name="Title">Playbook title.</param>
/// <param name="Category">Category name.</param>
/// <param name="Anchor">The best section's anchor; empty for the lead.</param>
/// <param name="HeadingPath">The best section's heading path; empty for the lead.</param>
/// <param name="SnippetHtml">
/// A bounded excerpt of the best section: its text HTML-encoded, then the matched words
/// wrapped in <c>&lt;mark&gt;</c>. Safe to emit as is.
/// </param>
/// <param name="Status">Drafts and archived playbooks are found by editors and admins only.</param>
/// <param name="Language">en or de.</param>
/// <param name="Tags">The playbook's tags.</param>
/// <param name="MatchingSections">How many of its sections matched.</param>
public sealed record SearchHit(
    string PlaybookId,
    string Slug,
    string Title,
    string Category,
    string Anchor,
    IReadOnlyList<string> HeadingPath,
    string SnippetHtml,
    PlaybookStatus Status,
    string Language,
    IReadOnlyList<string> Tags,
    int MatchingSections);

/// <summary>Facet counts, each list largest first.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Categories,
    IReadOnlyList<FacetCount> Tags,
    IReadOnlyList<FacetCount> Languages)
{
    public static SearchFacets Empty { get; } = new([], [], []);
}

/// <summary>How many matching playbooks have this value.</summary>
public sealed record FacetCount(string Value, int Count);
