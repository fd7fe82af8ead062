using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Components;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Search.Querying;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Pages.Search;

public sealed partial class IndexModel(IPlaybookSearch search, ILogger<IndexModel> logger) : PageModel
{
    public const int PageSize = 20;

    // Bound from the short names in the URL (?q=…&category=…): with no "Input." keys in the
    // request, model binding falls back to the property names without the prefix.
    [BindProperty(SupportsGet = true)]
    public InputModel Input { get; set; } = new();

    public SearchQuery Query { get; private set; } = SearchQuery.From(null, null, null, null, 1);

    public SearchResults Results { get; private set; } = SearchResults.Empty;

    /// <summary>The engine failed; the page says so instead of showing an error page.</summary>
    public bool SearchFailed { get; private set; }

    public int PageCount => Math.Max(1, (Results.Total + PageSize - 1) / PageSize);

    /// <summary>The number of the page's first result: 21 on page 2.</summary>
    public int FirstNumber => (Query.Page - 1) * PageSize + 1;

    public string TotalText => Results.Total switch
    {
        0 => "No playbooks",
        1 => "1 playbook",
        var total => string.Create(CultureInfo.InvariantCulture, $"{total} playbooks"),
    };

    public IReadOnlyList<SearchResultModel> Items => SearchResultViews.From(Results.Hits);

    public IReadOnlyList<FacetGroupModel> FacetGroups => SearchFacetViews.From(Results.Facets, Query);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.ToReader() is not { } reader)
        {
            return Challenge();
        }

        // Invalid numbers ("page=abc") are model errors that leave 0; the query clamps them to 1.
        Query = SearchQuery.From(Input.Q, Input.Category, Input.Tag, Input.Language, Input.Page);
        if (Query.IsEmpty)
        {
            return Page();
        }

        Results = await SearchAsync(reader, Query, cancellationToken);

        // A bookmarked page past the end (the results shrank since) shows the last page instead.
        if (Results.Hits.Count == 0 && Results.Total > 0 && Query.Page > PageCount)
        {
            Query = Query with { Page = PageCount };
            Results = await SearchAsync(reader, Query, cancellationToken);
        }

        return Page();
    }

    private async Task<SearchResults> SearchAsync(Reader reader, SearchQuery query, CancellationToken cancellationToken)
    {
        var request = new SearchRequest(
            query.Text, reader, query.Category, query.Tag, query.Language, query.Page, PageSize);
        try
        {
            return await search.SearchAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A reader's odd query must never cost them the page; the log keeps what went wrong.
            LogSearchFailed(logger, exception, query.Text.Length);
            SearchFailed = true;
            return SearchResults.Empty;
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Error,
        Message = "Search failed for a query of {Length} characters")]
    private static partial void LogSearchFailed(ILogger logger, Exception exception, int length);

    // FromQuery everywhere because Razor Pages puts the page's own name in the route value
    // "page", which would otherwise win over ?page=2 and always bind as a failed number.
    public sealed class InputModel
    {
        [FromQuery(Name = "q")]
        public string? Q { get; set; }

        [FromQuery(Name = "category")]
        public string? Category { get; set; }

        [FromQuery(Name = "tag")]
        public string? Tag { get; set; }

        [FromQuery(Name = "language")]
        public string? Language { get; set; }

        [FromQuery(Name = "page")]
        public int Page { get; set; } = 1;
    }
}
