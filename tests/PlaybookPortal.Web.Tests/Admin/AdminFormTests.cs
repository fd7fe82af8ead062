using System.Net;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Admin;

[Collection(SharedPortal.Name)]
public sealed class AdminFormTests(PortalFactory portal)
{
    [Fact]
    public async Task AddTeam_EmptyName_ShowsARequiredMessage()
    {
        using var admin = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);

        using var response = await admin.PostFormAsync("/admin/teams", new Dictionary<string, string> { ["Name"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("field is required", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddTeam_SameNameInOtherCase_IsRefused()
    {
        using var admin = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var name = "Region " + Guid.NewGuid().ToString("N")[..6];
        using var first = await admin.PostFormAsync("/admin/teams", new Dictionary<string, string> { ["Name"] = name });

        using var second = await admin.PostFormAsync("/admin/teams", new Dictionary<string, string> { ["Name"] = name.ToUpperInvariant() });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("exists already", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("manager", "permission role")]
    [InlineData("", "field is required")]
    [InlineData("Bad Id!", "Use lower-case letters")]
    public async Task SavePosition_BadId_ShowsWhy(string id, string message)
    {
        using var admin = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);

        using var response = await admin.PostFormAsync("/admin/positions",
            new Dictionary<string, string> { ["Input.Id"] = id, ["Input.Title"] = "Some title" }, handler: "Save");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaybooksRoot_WithoutASlug_IsNotFound()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        using var response = await rep.GetAsync("/playbooks/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
