using System.Net;
using AngleSharp.Html.Parser;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// Step 6: runs each judged search through the search page as the admin and finds where the
/// first right answer ranks. A right answer below <see cref="SearchRank.Worst"/>, or missing,
/// is a finding: a reader would not see it.
/// </summary>
internal static class SearchAudit
{
    public static async Task<IReadOnlyList<SearchRank>> RunAsync(
        PortalSession session, IReadOnlyList<JudgedSearch> searches, IReadOnlySet<string> slugs,
        List<Finding> findings, CancellationToken cancellationToken)
    {
        // A judged answer that is no page at all means the judgment is stale, not the ranking.
        foreach (var search in searches)
        {
            foreach (var answer in search.Answers.Where(a => !slugs.Contains(a)))
            {
                findings.Add(new Finding(Checks.Search, answer,
                    $"the judged answer to \"{search.Query}\" is not a playbook in the catalog", null));
            }
        }

        var ranks = new List<SearchRank>();
        foreach (var search in searches)
        {
            var rank = await RankAsync(session, search, cancellationToken);
            ranks.Add(rank);
            if (!rank.Passed)
            {
                findings.Add(new Finding(Checks.Search, SearchUrl(search.Query),
                    $"expected {string.Join(" or ", search.Answers)} within the first {SearchRank.Worst}, " +
                    $"found: {rank.Shown}", null));
            }
        }

        return ranks;
    }

    public static string SearchUrl(string query) => "/search?q=" + Uri.EscapeDataString(query);

    private static async Task<SearchRank> RankAsync(
        PortalSession session, JudgedSearch search, CancellationToken cancellationToken)
    {
        using var response = await session.Client.GetAsync(
            new Uri(SearchUrl(search.Query), UriKind.Relative), cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return SearchRank.Unranked(search, $"HTTP {(int)response.StatusCode}");
        }

        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        var results = SearchResultLinks.Slugs(new HtmlParser().ParseDocument(html));
        if (results.Count == 0)
        {
            return SearchRank.Unranked(search, "no results");
        }

        var answers = search.Answers.ToHashSet(StringComparer.Ordinal);
        var index = results.ToList().FindIndex(answers.Contains);
        return index < 0
            ? SearchRank.Unranked(search, $"not in the first {results.Count}")
            : SearchRank.Ranked(search, index + 1);
    }
}
