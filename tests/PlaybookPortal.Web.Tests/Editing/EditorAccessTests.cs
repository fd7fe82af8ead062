using System.Net;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Editing;

[Collection(SharedPortal.Name)]
public sealed class EditorAccessTests(PortalFactory portal)
{
    [Theory]
    [InlineData(PermissionRole.Rep)]
    [InlineData(PermissionRole.Manager)]
    public async Task EditRoutes_ReaderWithoutEditorRole_IsSentToAccessDenied(PermissionRole role)
    {
        var slug = await EditorTestPlaybooks.CreateAsync(portal);
        using var reader = await portal.SignInNewUserAsync(role);

        foreach (var path in new[] { $"/edit/{slug}", "/edit/new", $"/edit/move/{slug}", $"/edit/archive/{slug}", $"/edit/pending/{slug}" })
        {
            using var response = await reader.GetAsync(path);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PreviewPost_Rep_IsRefusedBeforeRendering()
    {
        var slug = await EditorTestPlaybooks.CreateAsync(portal);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Body"] = "**x**" });

        using var response = await rep.Http.PostAsync(new Uri($"/edit/{slug}?handler=PreviewFragment", UriKind.Relative), content);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ShowPage_Rep_HasNoEditingToolbar_EditorHasIt()
    {
        var slug = await EditorTestPlaybooks.CreateAsync(portal);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        var asRep = await rep.GetPageAsync($"/playbooks/{slug}");
        var asEditor = await editor.GetPageAsync($"/playbooks/{slug}");

        Assert.DoesNotContain("staff-toolbar", asRep, StringComparison.Ordinal);
        Assert.DoesNotContain("/edit/new", asRep, StringComparison.Ordinal);
        Assert.Contains($"href=\"/edit/{slug}\"", asEditor, StringComparison.Ordinal);
        Assert.Contains($"href=\"/history/{slug}\"", asEditor, StringComparison.Ordinal);
        Assert.Contains($"href=\"/acknowledgements/{slug}\"", asEditor, StringComparison.Ordinal);
        Assert.Contains("href=\"/edit/new\"", asEditor, StringComparison.Ordinal);
    }
}
