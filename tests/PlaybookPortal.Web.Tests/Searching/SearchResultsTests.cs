using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Searching;

[Collection(SharedPortal.Name)]
public sealed class SearchResultsTests(PortalFactory portal)
{
    [Fact]
    public async Task Hit_LinksToTheBestSectionWithItsHeadingPathCategoryAndSnippet()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var page = await SearchPage.LoadAsync(rep, "/search?q=sandbagging");

        var hit = Assert.Single(page.Hits);
        Assert.Equal("1 playbook", page.Total);
        var link = hit.QuerySelector("a.search-result-link")!;
        Assert.Equal("Forecast reviews", link.TextContent.Trim());
        Assert.Equal("/playbooks/forecasting/forecast-reviews#accuracy", link.GetAttribute("href"));
        Assert.Equal("Forecasting", hit.QuerySelector(".search-result-category")!.TextContent.Trim());
        Assert.EndsWith("Forecasting › Accuracy", hit.QuerySelector(".search-result-section")!.TextContent.Trim(), StringComparison.Ordinal);
        var marks = hit.QuerySelectorAll(".search-result-snippet mark").Select(m => m.TextContent).ToList();
        Assert.Contains(marks, m => m.Equals("Sandbagging", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["forecast", "kpi"], hit.QuerySelectorAll(".tags li").Select(t => t.TextContent.Trim()));
    }

    [Fact]
    public async Task HitLink_LeadsToThePlaybookAndTheAnchoredHeading()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        var page = await SearchPage.LoadAsync(rep, "/search?q=sandbagging");
        var href = page.Hits[0].QuerySelector("a.search-result-link")!.GetAttribute("href")!;

        var playbook = SearchPage.Parse(await rep.GetPageAsync(href.Split('#')[0]));

        Assert.NotNull(playbook.Document.GetElementById(href.Split('#')[1]));
    }

    [Fact]
    public async Task Snippet_WithMarkupInTheText_ShowsItAsText()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var page = await SearchPage.LoadAsync(rep, "/search?q=quokka");

        var snippet = Assert.Single(page.Hits).QuerySelector(".search-result-snippet")!;
        Assert.Contains("<img src=x onerror=alert(1)>", snippet.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("main img, main [onerror]"));
    }

    [Fact]
    public async Task EmptyQuery_ShowsHelpInsteadOfResults()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var page = await SearchPage.LoadAsync(rep, "/search?q=%20%20");

        Assert.NotNull(page.Document.QuerySelector(".search-help"));
        Assert.Empty(page.Document.QuerySelectorAll("ol.search-results, .search-empty"));
        Assert.True(page.Document.QuerySelector("input[name=q]")!.HasAttribute("autofocus"));
    }

    [Fact]
    public async Task NoMatch_SaysSoWithoutAResultList()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var page = await SearchPage.LoadAsync(rep, "/search?q=xylophonewords");

        Assert.Empty(page.Document.QuerySelectorAll("ol.search-results"));
        Assert.True(page.SaysNoMatch);
        Assert.Equal("No playbooks", page.Total);
    }

    [Fact]
    public async Task LanguageFacet_CountsBothLanguages_AndItsLinkFilters()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        var page = await SearchPage.LoadAsync(rep, "/search?q=pipeline");
        var languages = page.FacetLinks("Language");

        Assert.Equal(1, SearchPage.CountOf(languages["English"]));
        Assert.Equal(1, SearchPage.CountOf(languages["Deutsch"]));
        Assert.Null(languages["Deutsch"].GetAttribute("aria-current"));
        var filtered = await SearchPage.LoadAsync(rep, languages["Deutsch"].GetAttribute("href")!);

        Assert.Equal(["Prognose im Vertrieb"], filtered.HitTitles);
        Assert.Equal("true", filtered.FacetLinks("Language")["Deutsch"].GetAttribute("aria-current"));
        var remove = filtered.Document.QuerySelector(".facet-remove")!;
        Assert.Equal("/search?q=pipeline", remove.GetAttribute("href"));
    }

    [Fact]
    public async Task TagFacet_LinkFiltersToThatTag()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        var page = await SearchPage.LoadAsync(rep, "/search?q=pipeline");
        var kpi = page.FacetLinks("Tag")["kpi"];

        var filtered = await SearchPage.LoadAsync(rep, kpi.GetAttribute("href")!);

        Assert.Equal("/search?q=pipeline&tag=kpi", kpi.GetAttribute("href"));
        Assert.Equal(["Forecast reviews"], filtered.HitTitles);
    }

    [Fact]
    public async Task CategoryFacet_ShowsDisplayNames_AndItsLinkFilters()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        var page = await SearchPage.LoadAsync(rep, "/search?q=number");
        var categories = page.FacetLinks("Category");

        var filtered = await SearchPage.LoadAsync(rep, categories["Forecasting"].GetAttribute("href")!);

        Assert.Contains("General", categories.Keys);
        Assert.All(filtered.Hits, h => Assert.Equal("Forecasting", h.QuerySelector(".search-result-category")!.TextContent.Trim()));
        Assert.Contains("Forecast reviews", filtered.HitTitles);
    }
}
