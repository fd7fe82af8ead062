using System.Net;
using System.Text.RegularExpressions;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Editing;

[Collection(SharedPortal.Name)]
public sealed partial class EditorSaveTests(PortalFactory portal)
{
    [Fact]
    public async Task Publish_NewText_ShowPageShowsItToReaders()
    {
        var slug = await EditorTestPlaybooks.CreateAsync(portal);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        var form = EditorForm.Read(await editor.GetPageAsync($"/edit/{slug}"));

        using var response = await editor.PostFormAsync($"/edit/{slug}", form.With(
            ("Input.Body", "Call the champion before the **pricing** meeting."), ("Input.Change", "material")), "Publish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/playbooks/{slug}", response.Headers.Location!.OriginalString);
        var shown = await rep.GetPageAsync($"/playbooks/{slug}");
        Assert.Contains("Call the champion before the <strong>pricing</strong> meeting.", shown, StringComparison.Ordinal);
        var (_, _, stored) = await EditorTestPlaybooks.StateAsync(portal, slug);
        Assert.Contains("owner: someone", stored, StringComparison.Ordinal);
        Assert.Contains("id: editing-", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_UntouchedFrontMatter_StaysByteForByte_AndTheBrowsersCrlfBecomesTheFilesLf()
    {
        var slug = await EditorTestPlaybooks.CreateAsync(portal, "\nFirst line.\nSecond line.\n");
        var (_, _, before) = await EditorTestPlaybooks.StateAsync(portal, slug);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        var form = EditorForm.Read(await editor.GetPageAsync($"/edit/{slug}"));

        // What a browser submits for the textarea: CRLF line ends.
        using var response = await editor.PostFormAsync($"/edit/{slug}", form.With(
            ("Input.Body", "\r\nFirst line.\r\nSecond line, edited.\r\n\r\n"), ("Input.Change", "minor")), "Publish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, _, after) = await EditorTestPlaybooks.StateAsync(portal, slug);
        Assert.DoesNotContain("\r", after, StringComparison.Ordinal);
        Assert.Equal(before.Replace("Second line.", "Second line, edited.", StringComparison.Ordinal), after);
    }

    [Fact]
    public async Task SavePending_ReadersKeepPublishedText_UntilAnEditorPublishesIt()
    {
        var slug = await EditorTestPlaybooks.CreateAsync(portal, "Old advice.");
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        var form = EditorForm.Read(await editor.GetPageAsync($"/edit/{slug}"));

        using var saved = await editor.PostFormAsync($"/edit/{slug}", form.With(("Input.Body", "New advice.")), "Pending");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Old advice.", await rep.GetPageAsync($"/playbooks/{slug}"), StringComparison.Ordinal);
        var editorView = await editor.GetPageAsync($"/playbooks/{slug}");
        Assert.Contains("Revision 2 by", editorView, StringComparison.Ordinal);
        Assert.Contains("is pending", editorView, StringComparison.Ordinal);
        Assert.Contains("You are editing the pending revision 2", await editor.GetPageAsync($"/edit/{slug}"), StringComparison.Ordinal);
        var pendingId = PendingIdPattern().Match(editorView).Groups[1].Value;

        using var published = await editor.PostFormAsync($"/edit/pending/{slug}",
            new Dictionary<string, string> { ["pendingRevisionId"] = pendingId, ["change"] = "minor" }, "Publish");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("New advice.", await rep.GetPageAsync($"/playbooks/{slug}"), StringComparison.Ordinal);
        Assert.DoesNotContain("is pending", await editor.GetPageAsync($"/playbooks/{slug}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiscardPending_KeepsPublishedText_AndClearsTheNotice()
    {
        var slug = await EditorTestPlaybooks.CreateAsync(portal, "Kept advice.");
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        var form = EditorForm.Read(await editor.GetPageAsync($"/edit/{slug}"));
        using var saved = await editor.PostFormAsync($"/edit/{slug}", form.With(("Input.Body", "Dropped advice.")), "Pending");
        var pendingId = PendingIdPattern().Match(await editor.GetPageAsync($"/playbooks/{slug}")).Groups[1].Value;

        using var discarded = await editor.PostFormAsync($"/edit/pending/{slug}",
            new Dictionary<string, string> { ["pendingRevisionId"] = pendingId }, "Discard");

        Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
        var page = await editor.GetPageAsync($"/playbooks/{slug}");
        Assert.Contains("Kept advice.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("is pending", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_WithoutChoosingMaterialOrMinor_IsRefusedKeepingTheText()
    {
        var slug = await EditorTestPlaybooks.CreateAsync(portal);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        var form = EditorForm.Read(await editor.GetPageAsync($"/edit/{slug}"));

        using var response = await editor.PostFormAsync($"/edit/{slug}", form.With(("Input.Body", "Unsaved words 7781.")), "Publish");

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose whether this is a material change", page, StringComparison.Ordinal);
        Assert.Contains("Unsaved words 7781.", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"pendingRevisionId\" value=\"(\\d+)\"")]
    private static partial Regex PendingIdPattern();
}
