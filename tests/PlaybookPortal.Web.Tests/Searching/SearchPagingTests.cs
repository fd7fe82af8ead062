using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Searching;

[Collection(SharedPortal.Name)]
public sealed class SearchPagingTests(PortalFactory portal)
{
    [Fact]
    public async Task MoreThanAPage_ShowsTwentyThenTheRest_WithPreviousAndNext()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var first = await SearchPage.LoadAsync(rep, "/search?q=metronome");
        var nextUrl = first.Document.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        var second = await SearchPage.LoadAsync(rep, nextUrl);

        Assert.Equal($"{SearchTestContent.PagingDrills} playbooks", first.Total);
        Assert.Equal(20, first.Hits.Count);
        Assert.Null(first.Document.QuerySelector("nav.pager a[rel=prev]"));
        Assert.Equal("/search?q=metronome&page=2", nextUrl);
        Assert.Equal(SearchTestContent.PagingDrills - 20, second.Hits.Count);
        Assert.Equal("21", second.Document.QuerySelector("ol.search-results")!.GetAttribute("start"));
        Assert.Null(second.Document.QuerySelector("nav.pager a[rel=next]"));
        Assert.Equal("/search?q=metronome", second.Document.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Empty(first.HitTitles.Intersect(second.HitTitles));
    }

    [Fact]
    public async Task PagePastTheEnd_ShowsTheLastPage()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var page = await SearchPage.LoadAsync(rep, "/search?q=metronome&page=9");

        Assert.Equal(SearchTestContent.PagingDrills - 20, page.Hits.Count);
        Assert.Equal("21", page.Document.QuerySelector("ol.search-results")!.GetAttribute("start"));
    }

    [Fact]
    public async Task FacetLink_OnALaterPage_StartsAgainAtTheFirstPage()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var page = await SearchPage.LoadAsync(rep, "/search?q=metronome&page=2");

        var drills = page.FacetLinks("Category")["Drills"];
        Assert.Equal("/search?q=metronome&category=drills", drills.GetAttribute("href"));
    }
}
