using System.Net;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Access;

[Collection(SharedPortal.Name)]
public sealed class VisibilityTests(PortalFactory portal)
{
    [Fact]
    public async Task ManagerOnlyPlaybook_Rep_IsNotFoundAndNeverMentioned()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        using var direct = await rep.GetAsync("/playbooks/pay/commission");
        var home = await rep.GetPageAsync("/");
        var category = await rep.GetPageAsync("/categories/general");
        var welcome = await rep.GetPageAsync("/playbooks/general/welcome");

        Assert.Equal(HttpStatusCode.NotFound, direct.StatusCode);
        foreach (var page in new[] { home, category, welcome })
        {
            Assert.DoesNotContain("Commission secrets", page, StringComparison.Ordinal);
            Assert.DoesNotContain("/playbooks/pay/commission", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ManagerOnlyPlaybook_Manager_CanRead()
    {
        using var manager = await portal.SignInNewUserAsync(PermissionRole.Manager);

        var page = await manager.GetPageAsync("/playbooks/pay/commission");

        Assert.Contains("<h1>Commission secrets</h1>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkToUnreadablePlaybook_Rep_RendersLikeAMissingPage()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var page = await rep.GetPageAsync("/playbooks/general/welcome");

        Assert.Contains("title=\"Not in the portal: ../pay/commission.md\"", page, StringComparison.Ordinal);
        Assert.Contains("title=\"Not in the portal: ../missing/page.md\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/playbooks/kpis/close-rate#formula\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PositionAudience_OtherPosition_IsNotFound_SamePosition_Reads()
    {
        using var sdr = await portal.SignInNewUserAsync(PermissionRole.Rep, positionId: "sdr");
        using var ae = await portal.SignInNewUserAsync(PermissionRole.Rep, positionId: "ae");

        using var refused = await sdr.GetAsync("/playbooks/pay/ae-notes");
        var allowed = await ae.GetPageAsync("/playbooks/pay/ae-notes");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("Account executive notes", allowed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAudienceValue_FailsClosed_ForManagersButNotEditors()
    {
        using var manager = await portal.SignInNewUserAsync(PermissionRole.Manager);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        using var refused = await manager.GetAsync("/playbooks/pay/broken-audience");
        var page = await editor.GetPageAsync("/playbooks/pay/broken-audience");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("audience names no role or position", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AudienceBehindByteOrderMarkAndCrlf_IsKept()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        using var manager = await portal.SignInNewUserAsync(PermissionRole.Manager);

        using var refused = await rep.GetAsync("/playbooks/general/bom");
        var page = await manager.GetPageAsync("/playbooks/general/bom");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("<h1>BOM page</h1>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_Rep_IsNotFound_Editor_SeesItMarked()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        using var refused = await rep.GetAsync("/playbooks/pay/draft");
        var page = await editor.GetPageAsync("/playbooks/pay/draft");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("Draft", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedirectStub_ToUnreadablePlaybook_Rep_IsNotRedirected()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        using var manager = await portal.SignInNewUserAsync(PermissionRole.Manager);

        using var repResponse = await rep.GetAsync("/playbooks/general/moved-secret");
        using var managerResponse = await manager.GetAsync("/playbooks/general/moved-secret");

        Assert.NotEqual(HttpStatusCode.Redirect, repResponse.StatusCode);
        Assert.DoesNotContain("commission", await repResponse.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, managerResponse.StatusCode);
        Assert.Equal("/playbooks/pay/commission", managerResponse.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task RedirectStub_ToReadablePlaybook_RedirectsInOneHop()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        using var response = await rep.GetAsync("/playbooks/general/moved");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/playbooks/general/welcome", response.Headers.Location?.OriginalString);
    }
}
