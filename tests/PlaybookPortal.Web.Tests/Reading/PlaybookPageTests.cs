using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Reading;

[Collection(SharedPortal.Name)]
public sealed class PlaybookPageTests(PortalFactory portal)
{
    [Fact]
    public async Task HostilePage_HasNoLiveScriptOrDangerousLink()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var page = await rep.GetPageAsync("/playbooks/general/xss");

        var body = page[page.IndexOf("class=\"prose\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("vbscript:", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:text/html", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("www.youtube.com", body, StringComparison.Ordinal);
        Assert.Contains("{{company}}", body, StringComparison.Ordinal);
        Assert.Contains("&lt;Presenter&gt;", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Playbook_ShowsMetadataContentsAndRelated()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var page = await rep.GetPageAsync("/playbooks/general/welcome");

        Assert.Contains("<h1>Welcome to sales</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Where everything starts.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"schritt\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"schritt-2\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"schritt-1\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#schritt-1\"", page, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Related playbooks\"", page, StringComparison.Ordinal);
        Assert.Contains(">Close rate</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaybookPastItsReviewInterval_ShowsDueForReview()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var page = await rep.GetPageAsync("/playbooks/kpis/close-rate");

        Assert.Contains("Due for review", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_ListsOnlyCategoriesWithReadablePlaybooks()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        using var manager = await portal.SignInNewUserAsync(PermissionRole.Manager);

        var repHome = await rep.GetPageAsync("/");
        var managerHome = await manager.GetPageAsync("/");

        Assert.DoesNotContain("/categories/pay", repHome, StringComparison.Ordinal);
        Assert.Contains("/categories/pay", managerHome, StringComparison.Ordinal);
        Assert.Contains("/categories/kpis", repHome, StringComparison.Ordinal);
    }
}
