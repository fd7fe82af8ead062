using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Searching;

[Collection(SharedPortal.Name)]
public sealed class SearchBoxTests(PortalFactory portal)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/playbooks/general/welcome")]
    [InlineData("/categories/general")]
    [InlineData("/search")]
    [InlineData("/search?q=quota")]
    [InlineData("/admin/users")]
    public async Task EverySignedInPage_HasOneLabelledSearchBoxThatGetsSearch(string path)
    {
        using var admin = await portal.SignInNewUserAsync(PermissionRole.Admin);

        var page = SearchPage.Parse(await admin.GetPageAsync(path));

        var form = Assert.Single(page.Document.QuerySelectorAll("form[role=search]"));
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = Assert.Single(form.QuerySelectorAll("input[type=search][name=q]"));
        var label = form.QuerySelector($"label[for='{input.Id}']");
        Assert.False(string.IsNullOrWhiteSpace(label?.TextContent), "the search box has no label");
    }

    [Fact]
    public async Task SearchPage_KeepsTheQueryInTheBox_OtherPagesStartEmpty()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var search = SearchPage.Parse(await rep.GetPageAsync("/search?q=%22Q3-Ziele%20%26%20more"));
        var home = SearchPage.Parse(await rep.GetPageAsync("/"));

        Assert.Equal("\"Q3-Ziele & more", search.Document.QuerySelector("input[name=q]")!.GetAttribute("value"));
        Assert.Null(home.Document.QuerySelector("input[name=q]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task SearchBox_Anonymous_IsNotShownOnSignIn()
    {
        using var client = portal.CreateClient();

        var page = SearchPage.Parse(await client.GetStringAsync(new Uri("/account/login", UriKind.Relative)));

        Assert.Empty(page.Document.QuerySelectorAll("form[role=search]"));
    }
}
