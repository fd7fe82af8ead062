using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Searching;

/// <summary>What the help on the empty search page promises, tried against the real engine.</summary>
[Collection(SharedPortal.Name)]
public sealed class SearchSyntaxTests(PortalFactory portal)
{
    [Theory]
    [InlineData("\"happy ears\"", "Forecast reviews")]
    [InlineData("sandbag*", "Forecast reviews")]
    [InlineData("tag:kpi pipeline", "Forecast reviews")]
    [InlineData("category:forecasting pipeline", "Forecast reviews", "Prognose im Vertrieb")]
    public async Task HelpedSyntax_FindsWhatItSays(string query, params string[] expected)
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var page = await SearchPage.LoadAsync(rep, "/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(expected.Order(), page.HitTitles.Order());
    }

    [Fact]
    public async Task MinusWord_LeavesOutPlaybooksWithThatWord()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var all = await SearchPage.LoadAsync(rep, "/search?q=quota");
        var without = await SearchPage.LoadAsync(rep, "/search?q=quota%20-year");

        Assert.Contains("Quota basics", all.HitTitles);
        Assert.DoesNotContain("Quota basics", without.HitTitles);
    }
}
