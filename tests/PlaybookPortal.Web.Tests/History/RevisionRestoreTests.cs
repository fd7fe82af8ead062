using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.History;

[Collection(SharedPortal.Name)]
public sealed class RevisionRestoreTests(PortalFactory portal)
{
    [Fact]
    public async Task Restore_OldRevision_PublishesItsTextAsTheNextRevision()
    {
        var slug = PlaybookWrites.NewSlug("restore");
        var original = PlaybookWrites.Text("Objections", "Acknowledge, ask, answer.");
        var id = await PlaybookWrites.CreateAsync(portal, slug, original);
        var first = await PlaybookWrites.CurrentRevisionIdAsync(portal, id);
        var second = await PlaybookWrites.SaveAsync(portal, id, PlaybookWrites.Text("Objections", "Just answer."), "Shorter");
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        using var response = await PostRestoreAsync(editor, slug, first, second.RevisionId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await portal.WithDbAsync(async db =>
        {
            var playbook = await db.Playbooks.Include(p => p.CurrentRevision).SingleAsync(p => p.Id == id);
            Assert.Equal(3, playbook.CurrentRevision!.Number);
            Assert.Equal(original, playbook.CurrentRevision.SourceText);
            Assert.Equal("Restored revision 1", playbook.CurrentRevision.Message);
            Assert.True(playbook.CurrentRevision.IsMaterial);
        });
        var history = await editor.GetPageAsync("/history/" + slug);
        Assert.Contains("Revision 1 was restored and published as revision 3.", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_WhileAnEditIsPending_ExplainsAndRestoresNothing()
    {
        var slug = PlaybookWrites.NewSlug("restore");
        var id = await PlaybookWrites.CreateAsync(portal, slug, PlaybookWrites.Text("Handoffs", "Version one."));
        var first = await PlaybookWrites.CurrentRevisionIdAsync(portal, id);
        await PlaybookWrites.SaveAsync(portal, id, PlaybookWrites.Text("Handoffs", "Version two."), "Second");
        var pending = await PlaybookWrites.SaveAsync(
            portal, id, PlaybookWrites.Text("Handoffs", "Unreleased."), "Work in progress", publish: false);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        using var response = await PostRestoreAsync(editor, slug, first, pending.RevisionId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Revision 3 is an edit that has not been published yet. Publish or discard it first", page, StringComparison.Ordinal);
        await portal.WithDbAsync(async db =>
            Assert.Equal(3, await db.PlaybookRevisions.CountAsync(r => r.PlaybookId == id)));
    }

    [Fact]
    public async Task Restore_AfterSomeoneElseSaved_ReportsTheConflict()
    {
        var slug = PlaybookWrites.NewSlug("restore");
        var id = await PlaybookWrites.CreateAsync(portal, slug, PlaybookWrites.Text("Renewals", "Start early."));
        var first = await PlaybookWrites.CurrentRevisionIdAsync(portal, id);
        var seen = await PlaybookWrites.SaveAsync(portal, id, PlaybookWrites.Text("Renewals", "Start 90 days out."), "Timing");
        await PlaybookWrites.SaveAsync(portal, id, PlaybookWrites.Text("Renewals", "Start 120 days out."), "Earlier");
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        using var response = await PostRestoreAsync(editor, slug, first, seen.RevisionId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone saved a new revision while you were looking at the history",
            await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await portal.WithDbAsync(async db =>
            Assert.Equal(3, await db.PlaybookRevisions.CountAsync(r => r.PlaybookId == id)));
    }

    [Fact]
    public async Task Restore_RevisionOfAnotherPlaybook_IsNotFound()
    {
        var slug = PlaybookWrites.NewSlug("restore");
        var id = await PlaybookWrites.CreateAsync(portal, slug, PlaybookWrites.Text("Target", "Mine."));
        var otherId = await PlaybookWrites.CreateAsync(portal, PlaybookWrites.NewSlug("restore"), PlaybookWrites.Text("Other", "Not mine."));
        var current = await PlaybookWrites.CurrentRevisionIdAsync(portal, id);
        var others = await PlaybookWrites.CurrentRevisionIdAsync(portal, otherId);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        using var response = await PostRestoreAsync(editor, slug, others, current);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Task<HttpResponseMessage> PostRestoreAsync(SignedInClient editor, string slug, long revisionId, long baseRevisionId) =>
        editor.PostFormAsync($"/history/{slug}", new Dictionary<string, string>
        {
            ["revisionId"] = revisionId.ToString(CultureInfo.InvariantCulture),
            ["baseRevisionId"] = baseRevisionId.ToString(CultureInfo.InvariantCulture),
        }, handler: "Restore");
}
