using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Searching;

/// <summary>The search page as a reader sees it, parsed, with the parts the tests look at.</summary>
internal sealed class SearchPage(IDocument document)
{
    public IDocument Document => document;

    public IReadOnlyList<IElement> Hits => [.. document.QuerySelectorAll("ol.search-results > li.search-result")];

    public IReadOnlyList<string> HitTitles =>
        [.. Hits.Select(h => h.QuerySelector("a.search-result-link")!.TextContent.Trim())];

    public string? Total => document.QuerySelector(".search-total")?.TextContent.Trim();

    public bool SaysNoMatch => document.QuerySelector(".search-empty-title")?.TextContent.StartsWith(
        "No playbooks match", StringComparison.Ordinal) == true;

    public bool SaysFailed => document.QuerySelector(".notice--danger") is not null;

    public static async Task<SearchPage> LoadAsync(SignedInClient client, string url) =>
        Parse(await client.GetPageAsync(url));

    public static SearchPage Parse(string html) => new(new HtmlParser().ParseDocument(html));

    public IElement Hit(string title) =>
        Hits.Single(h => h.QuerySelector("a.search-result-link")!.TextContent.Trim() == title);

    /// <summary>The facet links of one group ("Category", "Tag", "Language") by label.</summary>
    public IReadOnlyDictionary<string, IElement> FacetLinks(string group)
    {
        var section = document.QuerySelectorAll("nav.facet-panel .facet-group")
            .SingleOrDefault(s => s.QuerySelector(".facet-group-title")!.TextContent.Trim() == group);
        return section is null
            ? new Dictionary<string, IElement>()
            : section.QuerySelectorAll("a.facet-link").ToDictionary(a => a.QuerySelector(".facet-label")!.TextContent.Trim());
    }

    /// <summary>The number a facet link shows, without the words screen readers hear after it.</summary>
    public static int CountOf(IElement facetLink) =>
        int.Parse(facetLink.QuerySelector(".facet-count")!.ChildNodes[0].TextContent, System.Globalization.CultureInfo.InvariantCulture);
}
