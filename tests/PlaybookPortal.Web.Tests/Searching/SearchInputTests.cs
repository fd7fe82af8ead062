using System.Net;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Searching;

/// <summary>The search page answers every input with a page, never an error.</summary>
[Collection(SharedPortal.Name)]
public sealed class SearchInputTests(PortalFactory portal)
{
    public static TheoryData<string> OddQueries =>
    [
        "Preis [EUR]", "\"Q3-Ziele", "Kunde:", "AND", "OR", "NOT", "(", ")", "\\", "*rabatt", "?", "Q&A",
        "quota AND", "-", "~2", "^", "{ }", "a:b:c", "category:", "tag:", "\"\"", "title:(", "/regex/",
        "\u0001\u0007quota\u001b", "quota\r\nbasics\t", "\u00a0", "\ud83d\ude00 emoji", new string('x', 5_000),
        string.Join(' ', Enumerable.Repeat("quota", 1_000)),
    ];

    [Theory]
    [MemberData(nameof(OddQueries))]
    public async Task OddQuery_AnswersWithAPageOfResultsOrNoMatch(string query)
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        using var response = await rep.GetAsync("/search?q=" + Uri.EscapeDataString(query));
        var page = SearchPage.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(page.SaysFailed, "the engine failed on this query");
        Assert.True(
            page.Hits.Count > 0 || page.SaysNoMatch || page.Document.QuerySelector(".search-help") is not null,
            "the page shows neither results, nor 'no match', nor help");
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=-3")]
    [InlineData("page=abc")]
    [InlineData("page=99999999999")]
    [InlineData("page=400")]
    [InlineData("category=&tag=&language=")]
    public async Task OddParameters_ShowTheFirstResults(string parameters)
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var page = await SearchPage.LoadAsync(rep, "/search?q=sandbagging&" + parameters);

        Assert.Equal(["Forecast reviews"], page.HitTitles);
        Assert.Null(page.Document.QuerySelector("ol.search-results")!.GetAttribute("start"));
    }

    [Fact]
    public async Task LongQuery_IsCutTo500CharactersInTheBox()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var page = await SearchPage.LoadAsync(rep, "/search?q=" + new string('x', 5_000));

        Assert.Equal(500, page.Document.QuerySelector("input[name=q]")!.GetAttribute("value")!.Length);
    }

    [Fact]
    public async Task ControlCharacters_AreShownAsSpaces()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var page = await SearchPage.LoadAsync(rep, "/search?q=" + Uri.EscapeDataString("\u0001quota\u0007\u001bbasics\r\n"));

        Assert.Equal("quota basics", page.Document.QuerySelector("input[name=q]")!.GetAttribute("value"));
    }
}
