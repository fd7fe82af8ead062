using PlaybookPortal.Components;
using PlaybookPortal.Search.Querying;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Search;

/// <summary>
/// Maps the engine's facet counts to the facet panel's groups. The counts are the engine's,
/// computed over what the reader may see; nothing is added here but labels and links.
/// </summary>
public static class SearchFacetViews
{
    /// <summary>A long tail of tags would push the results off a phone screen; the largest are shown.</summary>
    public const int MaxTags = 12;

    public static IReadOnlyList<FacetGroupModel> From(SearchFacets facets, SearchQuery query) =>
    [
        new FacetGroupModel(
            "Category",
            facets.Categories
                .Select(c => Link(CategoryNames.Display(c.Value), SearchLinks.WithCategory(query, c.Value), c, query.Category))
                .ToList(),
            query.Category is null ? null : SearchLinks.WithCategory(query, null),
            "All categories"),
        new FacetGroupModel(
            "Tag",
            facets.Tags
                .Where((t, index) => index < MaxTags || Matches(t.Value, query.Tag))
                .Select(t => Link(t.Value, SearchLinks.WithTag(query, t.Value), t, query.Tag))
                .ToList(),
            query.Tag is null ? null : SearchLinks.WithTag(query, null),
            "All tags"),
        new FacetGroupModel(
            "Language",
            facets.Languages
                .Select(l => Link(LanguageName(l.Value), SearchLinks.WithLanguage(query, l.Value), l, query.Language) with
                {
                    Language = LanguageOfName(l.Value),
                })
                .ToList(),
            query.Language is null ? null : SearchLinks.WithLanguage(query, null),
            "All languages"),
    ];

    /// <summary>Each language named in itself, as on the playbook page.</summary>
    public static string LanguageName(string tag) => tag.Trim().ToUpperInvariant() switch
    {
        "EN" => "English",
        "DE" => "Deutsch",
        _ => tag,
    };

    // "Deutsch" is a German word; the lang attribute lets screen readers say it right.
    private static string? LanguageOfName(string tag) =>
        string.Equals(tag.Trim(), "de", StringComparison.OrdinalIgnoreCase) ? "de" : null;

    private static FacetLinkModel Link(string label, string url, FacetCount facet, string? activeValue) =>
        new(label, url, facet.Count, Matches(facet.Value, activeValue));

    private static bool Matches(string value, string? activeValue) =>
        activeValue is not null && string.Equals(value, activeValue, StringComparison.OrdinalIgnoreCase);
}
