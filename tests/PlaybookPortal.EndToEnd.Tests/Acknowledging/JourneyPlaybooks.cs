using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Acknowledging;
using PlaybookPortal.Data.Editing;
using PlaybookPortal.EndToEnd.Tests.Infrastructure;

namespace PlaybookPortal.EndToEnd.Tests.Acknowledging;

/// <summary>
/// Writes playbook revisions and acknowledgements through the data layer's use cases, as the
/// browser editor (built separately) would, so journeys can start from a playbook with a history.
/// </summary>
internal static class JourneyPlaybooks
{
    public static string Text(string body) => $"---\ntitle: Discovery calls\nrequires_ack: true\n---\n{body}\n";

    public static async Task<string> CreateAsync(PortalServer server, string slug, string body)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var creator = scope.ServiceProvider.GetRequiredService<PlaybookCreator>();
        var result = await creator.CreateAsync(new PlaybookCreate(slug, Text(body), null, "Erin Editor", "First version"), default);
        return Assert.IsType<PlaybookPlaced>(result).PlaybookId;
    }

    /// <summary>Publishes a material change on top of the current revision, as an editor saving would.</summary>
    public static async Task PublishAsync(PortalServer server, string playbookId, string body, string message)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var latest = await db.Playbooks.Where(p => p.Id == playbookId)
            .Select(p => p.PendingRevisionId ?? p.CurrentRevisionId).SingleAsync();
        var saver = scope.ServiceProvider.GetRequiredService<PlaybookRevisionSaver>();
        var save = new PlaybookSave(playbookId, Text(body), latest!.Value, null, "Erin Editor", message) { Material = true };
        Assert.IsType<PlaybookSaved>(await saver.SaveAsync(save, default));
    }

    /// <summary>Records that the user with <paramref name="email"/> confirmed the current revision.</summary>
    public static async Task AcknowledgeCurrentAsync(PortalServer server, string email, string playbookId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var current = await db.Playbooks.Where(p => p.Id == playbookId).Select(p => p.CurrentRevisionId).SingleAsync();
        var ledger = scope.ServiceProvider.GetRequiredService<AcknowledgementLedger>();
        Assert.True(await ledger.AcknowledgeAsync(userId, playbookId, current!.Value, default));
    }
}
