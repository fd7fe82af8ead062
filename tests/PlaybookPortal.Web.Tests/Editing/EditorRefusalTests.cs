using System.Net;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Editing;

[Collection(SharedPortal.Name)]
public sealed class EditorRefusalTests(PortalFactory portal)
{
    [Fact]
    public async Task Save_StaleBase_ShowsConflictWithTheirChangeAndKeepsMyText()
    {
        var slug = await EditorTestPlaybooks.CreateAsync(portal, "Shared starting text.");
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        var form = EditorForm.Read(await editor.GetPageAsync($"/edit/{slug}"));
        var myBase = form["Input.BaseRevisionId"];
        await EditorTestPlaybooks.SaveAsOtherEditorAsync(portal, slug, "Their sentence about discounts.");

        using var response = await editor.PostFormAsync($"/edit/{slug}", form.With(
            ("Input.Body", "My sentence about champions."), ("Input.Title", "My new title"), ("Input.Change", "minor")), "Publish");

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Other Editor saved revision 2 at", page, StringComparison.Ordinal);
        Assert.Contains("My sentence about champions.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"My new title\"", page, StringComparison.Ordinal);
        var diff = page[page.IndexOf("class=\"diff diff-inline\"", StringComparison.Ordinal)..];
        Assert.Contains("Their sentence about discounts.", diff, StringComparison.Ordinal);
        Assert.Contains("Shared starting text.", diff, StringComparison.Ordinal);
        var next = EditorForm.Read(page);
        Assert.NotEqual(myBase, next["Input.BaseRevisionId"]);
        Assert.Equal((await EditorTestPlaybooks.StateAsync(portal, slug)).Current, long.Parse(next["Input.BaseRevisionId"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Their sentence", (await EditorTestPlaybooks.StateAsync(portal, slug)).CurrentText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_AfterConflict_IsMadeOnTopOfTheLatestRevision()
    {
        var slug = await EditorTestPlaybooks.CreateAsync(portal, "Start.");
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        var form = EditorForm.Read(await editor.GetPageAsync($"/edit/{slug}"));
        await EditorTestPlaybooks.SaveAsOtherEditorAsync(portal, slug, "Theirs.");
        using var conflict = await editor.PostFormAsync($"/edit/{slug}", form.With(("Input.Body", "Mine."), ("Input.Change", "minor")), "Publish");
        var retry = EditorForm.Read(await conflict.Content.ReadAsStringAsync());

        using var saved = await editor.PostFormAsync($"/edit/{slug}", retry, "Publish");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Mine.", (await EditorTestPlaybooks.StateAsync(portal, slug)).CurrentText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_BadAudienceAndImpossibleDate_KeepsEveryTypedValue()
    {
        var slug = await EditorTestPlaybooks.CreateAsync(portal);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        var form = EditorForm.Read(await editor.GetPageAsync($"/edit/{slug}"));

        using var response = await editor.PostFormAsync($"/edit/{slug}", form.With(
            ("Input.Title", "Typed title 4411"), ("Input.Audience", "manager, martians"),
            ("Input.LastReviewed", "2026-02-30"), ("Input.ReviewEvery", "sometimes"), ("Input.RedirectTo", "javascript:alert(1)"),
            ("Input.Tags", "alpha, beta"), ("Input.Body", "Typed body 4411."), ("Input.Message", "Typed message 4411"),
            ("Input.Change", "material")), "Publish");

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("&#x27;martians&#x27; names no permission role or position", page, StringComparison.Ordinal);
        Assert.Contains("&#x27;2026-02-30&#x27; is not a real date", page, StringComparison.Ordinal);
        Assert.Contains("is not an interval", page, StringComparison.Ordinal);
        Assert.Contains("Redirect to a playbook address", page, StringComparison.Ordinal);
        var kept = EditorForm.Read(page);
        Assert.Equal("Typed title 4411", kept["Input.Title"]);
        Assert.Equal("manager, martians", kept["Input.Audience"]);
        Assert.Equal("2026-02-30", kept["Input.LastReviewed"]);
        Assert.Equal("sometimes", kept["Input.ReviewEvery"]);
        Assert.Equal("javascript:alert(1)", kept["Input.RedirectTo"]);
        Assert.Equal("alpha, beta", kept["Input.Tags"]);
        Assert.Equal("Typed body 4411.", kept["Input.Body"]);
        Assert.Equal("Typed message 4411", kept["Input.Message"]);
        Assert.Equal("material", kept["Input.Change"]);
        Assert.DoesNotContain("Typed body", (await EditorTestPlaybooks.StateAsync(portal, slug)).CurrentText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_BodyOverTwoMegabytes_IsRefusedNamingTheLimit_AndKeepsThePreviousRevision()
    {
        var slug = await EditorTestPlaybooks.CreateAsync(portal, "Small text.");
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        var before = await EditorTestPlaybooks.StateAsync(portal, slug);
        var form = EditorForm.Read(await editor.GetPageAsync($"/edit/{slug}"));
        var huge = string.Concat(Enumerable.Repeat(new string('x', 1000) + "\n", 2200));

        using var response = await editor.PostFormAsync($"/edit/{slug}", form.With(("Input.Body", huge), ("Input.Change", "minor")), "Publish");

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("the limit is 2 MB per playbook", page, StringComparison.Ordinal);
        Assert.Contains("2 MB per playbook, nesting depth 32, 200 KB per line", page, StringComparison.Ordinal);
        Assert.Equal(before, await EditorTestPlaybooks.StateAsync(portal, slug));
    }

    [Fact]
    public async Task Save_LineOverTheLineLimit_ShowsTheSaversProblemAboveTheForm()
    {
        var slug = await EditorTestPlaybooks.CreateAsync(portal, "Small text.");
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        var form = EditorForm.Read(await editor.GetPageAsync($"/edit/{slug}"));

        using var response = await editor.PostFormAsync($"/edit/{slug}",
            form.With(("Input.Body", new string('y', 210 * 1024)), ("Input.Change", "minor")), "Publish");

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing was saved:", page, StringComparison.Ordinal);
        Assert.Contains("without a line break; the limit is 204,800", page, StringComparison.Ordinal);
    }
}
