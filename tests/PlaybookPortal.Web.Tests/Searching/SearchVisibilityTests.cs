using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Searching;

/// <summary>PRODUCT.md: whoever may not read a playbook must not learn of it in hits, snippets or counts.</summary>
[Collection(SharedPortal.Name)]
public sealed class SearchVisibilityTests(PortalFactory portal)
{
    [Fact]
    public async Task ManagerOnlyPlaybook_Rep_IsNotInHitsFacetsOrTotal()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var html = await rep.GetPageAsync("/search?q=quota");
        var page = SearchPage.Parse(html);

        Assert.Equal(["Quota basics"], page.HitTitles);
        Assert.Equal("1 playbook", page.Total);
        Assert.DoesNotContain("Leadership", page.FacetLinks("Category").Keys);
        Assert.DoesNotContain("confidential", page.FacetLinks("Tag").Keys);
        Assert.All(page.FacetLinks("Category").Values, link => Assert.Equal(1, SearchPage.CountOf(link)));
        Assert.All(page.FacetLinks("Language").Values, link => Assert.Equal(1, SearchPage.CountOf(link)));
        foreach (var secret in new[] { "Quota relief", "territory", "Commission secrets", "accelerator", "/playbooks/pay/" })
        {
            Assert.DoesNotContain(secret, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task ManagerOnlyPlaybook_Manager_FindsIt()
    {
        using var manager = await portal.SignInNewUserAsync(PermissionRole.Manager);

        var page = await SearchPage.LoadAsync(manager, "/search?q=quota");

        Assert.Contains("Quota relief rules", page.HitTitles);
        Assert.Contains("Quota basics", page.HitTitles);
        Assert.Equal($"{page.Hits.Count} playbooks", page.Total);
        Assert.Equal(1, SearchPage.CountOf(page.FacetLinks("Category")["Leadership"]));
        Assert.Equal(1, SearchPage.CountOf(page.FacetLinks("Tag")["confidential"]));
    }

    [Fact]
    public async Task ManagerOnlyFilter_Rep_LooksLikeAnEmptyFilter()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var html = await rep.GetPageAsync("/search?q=quota&category=Leadership");
        var page = SearchPage.Parse(html);

        Assert.Empty(page.Hits);
        Assert.True(page.SaysNoMatch);
        Assert.DoesNotContain("relief", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Draft_Editor_FindsItMarked_Rep_DoesNot()
    {
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var forEditor = await SearchPage.LoadAsync(editor, "/search?q=unreleased");
        var repHtml = await rep.GetPageAsync("/search?q=unreleased");
        var forRep = SearchPage.Parse(repHtml);

        var badge = forEditor.Hit("Unreleased draft").QuerySelector(".status-badge")!;
        Assert.Contains("status-badge--draft", badge.ClassList);
        Assert.Empty(forRep.Hits);
        Assert.Equal("No playbooks", forRep.Total);
        Assert.DoesNotContain("/playbooks/pay/draft", repHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedHit_Editor_HasNoStatusMark()
    {
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        var page = await SearchPage.LoadAsync(editor, "/search?q=sandbagging");

        Assert.Null(page.Hit("Forecast reviews").QuerySelector(".status-badge"));
    }
}
