using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Editing;

namespace PlaybookPortal.Web.Tests.Infrastructure;

/// <summary>
/// Creates and edits playbooks the way the browser editor does, through the data layer's use
/// cases, so history and acknowledgement tests can make revisions without an editor page.
/// </summary>
internal static class PlaybookWrites
{
    /// <summary>A playbook's source text with the front matter these tests vary.</summary>
    public static string Text(string title, string body, string? audience = null, bool requiresAck = false)
    {
        var audienceLine = audience is null ? "" : $"audience: [{audience}]\n";
        var ackLine = requiresAck ? "requires_ack: true\n" : "";
        return $"---\ntitle: {title}\n{audienceLine}{ackLine}---\n{body}\n";
    }

    /// <summary>A slug no other test uses, below <paramref name="folder"/>.</summary>
    public static string NewSlug(string folder) => $"{folder}/page-{Guid.NewGuid():N}"[..(folder.Length + 17)];

    public static async Task<string> CreateAsync(PortalFactory portal, string slug, string text)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var creator = scope.ServiceProvider.GetRequiredService<PlaybookCreator>();
        var result = await creator.CreateAsync(new PlaybookCreate(slug, text, null, "Test author", "First version"), default);
        var placed = Assert.IsType<PlaybookPlaced>(result);
        return placed.PlaybookId;
    }

    /// <summary>Saves a new revision on top of the latest one and returns it.</summary>
    public static async Task<PlaybookSaved> SaveAsync(
        PortalFactory portal, string playbookId, string text, string message, bool material = true, bool publish = true)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var latest = await db.Playbooks.Where(p => p.Id == playbookId)
            .Select(p => p.PendingRevisionId ?? p.CurrentRevisionId).SingleAsync();
        var saver = scope.ServiceProvider.GetRequiredService<PlaybookRevisionSaver>();
        var save = new PlaybookSave(playbookId, text, latest!.Value, null, "Test editor", message)
        {
            Publish = publish,
            Material = material,
        };
        return Assert.IsType<PlaybookSaved>(await saver.SaveAsync(save, default));
    }

    public static async Task<long> CurrentRevisionIdAsync(PortalFactory portal, string playbookId)
    {
        long? id = null;
        await portal.WithDbAsync(async db =>
            id = await db.Playbooks.Where(p => p.Id == playbookId).Select(p => p.CurrentRevisionId).SingleAsync());
        return id!.Value;
    }
}
