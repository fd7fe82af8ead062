using System.Net;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.History;

[Collection(SharedPortal.Name)]
public sealed class RevisionHistoryTests(PortalFactory portal)
{
    [Fact]
    public async Task History_ThreeRevisions_ListsThemNewestFirstWithMessages()
    {
        var slug = PlaybookWrites.NewSlug("history");
        var id = await PlaybookWrites.CreateAsync(portal, slug, PlaybookWrites.Text("Discovery", "Ask open questions."));
        await PlaybookWrites.SaveAsync(portal, id, PlaybookWrites.Text("Discovery", "Ask better questions."), "Tighten the questions");
        await PlaybookWrites.SaveAsync(portal, id, PlaybookWrites.Text("Discovery", "Ask the best questions."), "Polish wording", material: false);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        var page = await editor.GetPageAsync("/history/" + slug);

        var third = page.IndexOf(">Revision 3</th>", StringComparison.Ordinal);
        var second = page.IndexOf(">Revision 2</th>", StringComparison.Ordinal);
        var first = page.IndexOf(">Revision 1</th>", StringComparison.Ordinal);
        Assert.True(third >= 0 && third < second && second < first, "Revisions are not listed newest first.");
        Assert.Contains("Tighten the questions", page, StringComparison.Ordinal);
        Assert.Contains("Polish wording", page, StringComparison.Ordinal);
        Assert.Contains("First version", page, StringComparison.Ordinal);
        Assert.Contains(">Minor<", page, StringComparison.Ordinal);
        Assert.Contains(">Current<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_MoreRevisionsThanFitOnAPage_PagesThem()
    {
        var slug = PlaybookWrites.NewSlug("history");
        var id = await PlaybookWrites.CreateAsync(portal, slug, PlaybookWrites.Text("Long life", "Version 1"));
        for (var version = 2; version <= 55; version++)
        {
            await PlaybookWrites.SaveAsync(portal, id, PlaybookWrites.Text("Long life", $"Version {version}"), $"Step {version}");
        }

        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        var first = await editor.GetPageAsync("/history/" + slug);
        var second = await editor.GetPageAsync("/history/" + slug + "?page=2");

        Assert.Contains(">Revision 55</th>", first, StringComparison.Ordinal);
        Assert.DoesNotContain(">Revision 5</th>", first, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 2", first, StringComparison.Ordinal);
        Assert.Contains(">Revision 5</th>", second, StringComparison.Ordinal);
        Assert.DoesNotContain(">Revision 6</th>", second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/history/{0}")]
    [InlineData("/history/{0}/compare?from=1&to=2")]
    [InlineData("/acknowledgements/{0}")]
    [InlineData("/acknowledgements/{0}?handler=Csv")]
    public async Task EditorPages_Rep_AreDenied(string pathFormat)
    {
        var slug = PlaybookWrites.NewSlug("history");
        await PlaybookWrites.CreateAsync(portal, slug, PlaybookWrites.Text("Open to all", "Everyone reads this."));
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        using var response = await rep.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, pathFormat, slug));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_Manager_IsDeniedTheRestoreToo()
    {
        var slug = PlaybookWrites.NewSlug("history");
        await PlaybookWrites.CreateAsync(portal, slug, PlaybookWrites.Text("Managers read", "Text."));
        using var manager = await portal.SignInNewUserAsync(PermissionRole.Manager);
        var token = await AntiforgeryToken.FromHomeAsync(manager);

        using var response = await manager.Http.PostAsync(
            new Uri($"/history/{slug}?handler=Restore", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["revisionId"] = "1", ["baseRevisionId"] = "1",
            }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_UnknownPlaybook_IsNotFound()
    {
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        using var response = await editor.GetAsync("/history/no/such/playbook");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
