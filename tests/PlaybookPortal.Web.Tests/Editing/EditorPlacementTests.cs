using System.Net;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Editing;

[Collection(SharedPortal.Name)]
public sealed class EditorPlacementTests(PortalFactory portal)
{
    [Fact]
    public async Task Create_NewSlug_PublishesRevisionOneAndRedirectsToIt()
    {
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        var slug = "editing/new-" + Guid.NewGuid().ToString("N")[..8];
        var form = EditorForm.Read(await editor.GetPageAsync("/edit/new?in=editing"));

        using var response = await editor.PostFormAsync("/edit/new", form.With(
            ("Slug", slug), ("Input.Title", "Handling the budget objection"), ("Input.Tags", "objections"),
            ("Input.Body", "Ask what the budget is *for*.")), "Create");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/playbooks/{slug}", response.Headers.Location!.OriginalString);
        var page = await editor.GetPageAsync($"/playbooks/{slug}");
        Assert.Contains("Handling the budget objection", page, StringComparison.Ordinal);
        Assert.Contains("Ask what the budget is <em>for</em>.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_TakenSlug_IsRefusedBesideTheAddressKeepingTheText()
    {
        var taken = await EditorTestPlaybooks.CreateAsync(portal);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        var form = EditorForm.Read(await editor.GetPageAsync("/edit/new"));

        using var response = await editor.PostFormAsync("/edit/new", form.With(
            ("Slug", taken), ("Input.Title", "Duplicate"), ("Input.Body", "Words worth keeping 5150.")), "Create");

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Another playbook already lives at &#x27;{taken}&#x27;", page, StringComparison.Ordinal);
        Assert.Contains("Words worth keeping 5150.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Move_NewSlug_PlaybookLivesThere_AndTheOldSlugIsAnAlias()
    {
        var slug = await EditorTestPlaybooks.CreateAsync(portal, "Moving text.");
        var moved = slug + "-renamed";
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        using var response = await editor.PostFormAsync($"/edit/move/{slug}", new Dictionary<string, string> { ["NewSlug"] = moved });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/playbooks/{moved}", response.Headers.Location!.OriginalString);
        Assert.Contains("Moving text.", await editor.GetPageAsync($"/playbooks/{moved}"), StringComparison.Ordinal);
        await portal.WithDbAsync(async db =>
            Assert.True(await db.PlaybookSlugAliases.AnyAsync(a => a.Slug == slug)));
    }

    [Fact]
    public async Task Move_ToATakenSlug_ShowsWhyBesideTheField()
    {
        var slug = await EditorTestPlaybooks.CreateAsync(portal);
        var other = await EditorTestPlaybooks.CreateAsync(portal);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        using var response = await editor.PostFormAsync($"/edit/move/{slug}", new Dictionary<string, string> { ["NewSlug"] = other });

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Another playbook already lives at", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{other}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Archive_Confirmed_HidesThePlaybookFromReps_AsAMinorRevision()
    {
        var slug = await EditorTestPlaybooks.CreateAsync(portal, "Soon archived.");
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        using var before = await rep.GetAsync($"/playbooks/{slug}");
        var confirm = await editor.GetPageAsync($"/edit/archive/{slug}");
        var current = System.Text.RegularExpressions.Regex.Match(confirm, "name=\"currentRevisionId\" value=\"(\\d+)\"").Groups[1].Value;

        using var response = await editor.PostFormAsync($"/edit/archive/{slug}",
            new Dictionary<string, string> { ["currentRevisionId"] = current });

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var after = await rep.GetAsync($"/playbooks/{slug}");
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        await portal.WithDbAsync(async db =>
        {
            var revision = await db.Playbooks.Where(p => p.Slug == slug).Select(p => p.CurrentRevision!).SingleAsync();
            Assert.Equal("Archived", revision.Message);
            Assert.False(revision.IsMaterial);
            Assert.Contains("status: archived", revision.SourceText, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task PreviewFragment_RendersThroughTheSanitiser()
    {
        var slug = await EditorTestPlaybooks.CreateAsync(portal);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        var page = await editor.GetPageAsync($"/edit/{slug}");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/edit/{slug}?handler=PreviewFragment", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Body"] = "**bold** <script>alert(1)</script> [home](../../general/welcome.md)",
            }),
        };
        request.Headers.Add("RequestVerificationToken", token);

        using var response = await editor.Http.SendAsync(request);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data-pp-link", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviewFragment_WithoutTheAntiforgeryToken_IsRefused()
    {
        var slug = await EditorTestPlaybooks.CreateAsync(portal);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Body"] = "x" });

        using var response = await editor.Http.PostAsync(new Uri($"/edit/{slug}?handler=PreviewFragment", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
