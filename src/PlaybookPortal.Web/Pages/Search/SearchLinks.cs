using System.Text;

namespace PlaybookPortal.Web.Pages.Search;

/// <summary>
/// URLs of the search page for a query, so every facet, pager and remove link carries the
/// text and the other filters along, and a search stays linkable.
/// </summary>
public static class SearchLinks
{
    public const string Path = "/search";

    public static string For(SearchQuery query)
    {
        var url = new StringBuilder(Path);
        Append(url, "q", query.Text);
        Append(url, "category", query.Category);
        Append(url, "tag", query.Tag);
        Append(url, "language", query.Language);
        if (query.Page > 1)
        {
            Append(url, "page", query.Page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return url.ToString();
    }

    /// <summary>The same search on its first page, since a new filter changes what page 3 holds.</summary>
    public static string WithCategory(SearchQuery query, string? category) => For(query with { Category = category, Page = 1 });

    public static string WithTag(SearchQuery query, string? tag) => For(query with { Tag = tag, Page = 1 });

    public static string WithLanguage(SearchQuery query, string? language) => For(query with { Language = language, Page = 1 });

    public static string WithoutFilters(SearchQuery query) =>
        For(query with { Category = null, Tag = null, Language = null, Page = 1 });

    public static string OnPage(SearchQuery query, int page) => For(query with { Page = page });

    private static void Append(StringBuilder url, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        url.Append(url.Length == Path.Length ? '?' : '&')
            .Append(name)
            .Append('=')
            .Append(Uri.EscapeDataString(value));
    }
}
