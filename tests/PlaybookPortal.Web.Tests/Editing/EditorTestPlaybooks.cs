using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Editing;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Editing;

/// <summary>Playbooks each editing test creates for itself, so tests never share state.</summary>
internal static class EditorTestPlaybooks
{
    public static async Task<string> CreateAsync(PortalFactory portal, string body = "The first version of the text.")
    {
        var slug = "editing/test-" + Guid.NewGuid().ToString("N")[..10];
        await using var scope = portal.Services.CreateAsyncScope();
        var creator = scope.ServiceProvider.GetRequiredService<PlaybookCreator>();
        var result = await creator.CreateAsync(
            new PlaybookCreate(slug, $"---\ntitle: Test playbook\nid: {slug.Replace('/', '-')}\nowner: someone\n---\n{body}\n",
                null, "Seeder", "Seeded for a test"),
            CancellationToken.None);
        Assert.IsType<PlaybookPlaced>(result);
        return slug;
    }

    public static async Task<(long? Current, long? Pending, string CurrentText)> StateAsync(PortalFactory portal, string slug)
    {
        (long?, long?, string) state = default;
        await portal.WithDbAsync(async db =>
        {
            var row = await db.Playbooks.AsNoTracking().Where(p => p.Slug == slug)
                .Select(p => new { p.CurrentRevisionId, p.PendingRevisionId, Text = p.CurrentRevision!.SourceText })
                .SingleAsync();
            state = (row.CurrentRevisionId, row.PendingRevisionId, row.Text);
        });
        return state;
    }

    /// <summary>Saves a published edit as another editor would, through the same saver.</summary>
    public static async Task SaveAsOtherEditorAsync(PortalFactory portal, string slug, string body)
    {
        var (current, pending, text) = await StateAsync(portal, slug);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var id = await db.Playbooks.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync();
        var saver = scope.ServiceProvider.GetRequiredService<PlaybookRevisionSaver>();
        var header = text[..(text.IndexOf("---\n", 4, StringComparison.Ordinal) + 4)];
        var result = await saver.SaveAsync(
            new PlaybookSave(id, header + body + "\n", (pending ?? current)!.Value, null, "Other Editor", "Their change"),
            CancellationToken.None);
        Assert.IsType<PlaybookSaved>(result);
    }
}
