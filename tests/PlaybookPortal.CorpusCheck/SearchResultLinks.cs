using AngleSharp.Dom;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// Reads the search page's results as slugs, in rank order: each <c>li.search-result</c> of
/// <c>ol.search-results</c> counts once, by its <c>a.search-result-link</c>.
/// </summary>
internal static class SearchResultLinks
{
    private const string PlaybooksPath = "/playbooks/";

    /// <summary>The slugs of the results, best first; empty when the page shows no results.</summary>
    public static IReadOnlyList<string> Slugs(IDocument page) =>
        page.QuerySelectorAll("ol.search-results > li.search-result")
            .Select(result => result.QuerySelector("a.search-result-link")?.GetAttribute("href"))
            .Select(href => href is null ? "" : SlugOf(href))
            .ToList();

    /// <summary>
    /// The slug a result link points at: the path below <c>/playbooks/</c>, without the
    /// section fragment or a query, percent-decoded. Empty when the link leads elsewhere.
    /// </summary>
    public static string SlugOf(string href)
    {
        var path = href.Trim();

        // The page links relatively today, but an absolute link to the portal means the same.
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal))
        {
            path = absolute.AbsolutePath + absolute.Fragment;
        }

        var end = path.IndexOfAny(['#', '?']);
        if (end >= 0)
        {
            path = path[..end];
        }

        if (!path.StartsWith(PlaybooksPath, StringComparison.Ordinal))
        {
            return "";
        }

        return Uri.UnescapeDataString(path[PlaybooksPath.Length..].TrimEnd('/'));
    }
}
