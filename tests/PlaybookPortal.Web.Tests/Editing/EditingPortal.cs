using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Acknowledging;
using PlaybookPortal.Data.Editing;
using PlaybookPortal.Data.Importing;
using PlaybookPortal.Search.Querying;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Editing;

/// <summary>
/// A portal of its own over the test content plus a playbook that requires acknowledgement,
/// with short helpers that run the editing services in their own scopes, as requests do.
/// </summary>
internal sealed class EditingPortal : IAsyncDisposable
{
    public const string AckSlug = "rules/code-of-conduct";

    private EditingPortal(PortalFactory portal) => Portal = portal;

    public PortalFactory Portal { get; }

    public static async Task<EditingPortal> StartAsync()
    {
        var portal = new PortalFactory();
        TestContent.WriteTo(portal.ContentRoot);
        var path = Path.Combine(portal.ContentRoot, "playbooks", "rules", "code-of-conduct.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "---\ntitle: Code of conduct\nrequires_ack: true\naudience: [sdr]\n---\nBe honest with buyers.\n");
        await portal.InitializeAsync();
        return new EditingPortal(portal);
    }

    public async Task<TResult> WithAsync<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<PlaybookSaveResult> SaveAsync(PlaybookSave save) =>
        WithAsync<PlaybookRevisionSaver, PlaybookSaveResult>(s => s.SaveAsync(save, CancellationToken.None));

    public Task<PlaybookSaveResult> PublishPendingAsync(string id, long pending, bool material = true) =>
        WithAsync<PendingRevisionPublisher, PlaybookSaveResult>(p => p.PublishAsync(id, pending, material, "Editor", CancellationToken.None));

    public Task<PlaybookPlaceResult> MoveAsync(string id, string slug) =>
        WithAsync<PlaybookMover, PlaybookPlaceResult>(m => m.MoveAsync(id, slug, CancellationToken.None));

    public Task<ImportReport> ImportAsync(ImportOptions options) =>
        WithAsync<ContentImporter, ImportReport>(i => i.ImportAsync(Portal.ContentRoot, options, CancellationToken.None));

    public Task<IReadOnlyList<string>> OpenRequestsAsync(Reader reader) =>
        WithAsync<AcknowledgementLedger, IReadOnlyList<string>>(l => l.OpenRequestsAsync(reader, CancellationToken.None));

    public Task<bool> AcknowledgeAsync(string userId, string playbookId, long revisionId) =>
        WithAsync<AcknowledgementLedger, bool>(l => l.AcknowledgeAsync(userId, playbookId, revisionId, CancellationToken.None));

    public async Task<IReadOnlyList<string>> SearchSlugsAsync(string text, Reader reader) =>
        (await Portal.Services.GetRequiredService<IPlaybookSearch>()
            .SearchAsync(new SearchRequest(text, reader), CancellationToken.None)).Hits.Select(h => h.Slug).ToList();

    /// <summary>The playbook's id, its latest revision (pending or published) and that revision's text.</summary>
    public async Task<PlaybookState> StateAsync(string slug)
    {
        PlaybookState? state = null;
        await Portal.WithDbAsync(async db =>
        {
            var playbook = await db.Playbooks.AsNoTracking().SingleAsync(p => p.Slug == slug);
            var latestId = playbook.PendingRevisionId ?? playbook.CurrentRevisionId!.Value;
            var latest = await db.PlaybookRevisions.AsNoTracking().SingleAsync(r => r.Id == latestId);
            var revisions = await db.PlaybookRevisions.CountAsync(r => r.PlaybookId == playbook.Id);
            state = new PlaybookState(playbook.Id, playbook.CurrentRevisionId!.Value, playbook.PendingRevisionId,
                latestId, latest.SourceText, playbook.AckRevisionId, revisions);
        });
        return state!;
    }

    public ValueTask DisposeAsync() => new(Portal.DisposeAsync());
}

internal sealed record PlaybookState(
    string Id, long CurrentId, long? PendingId, long LatestId, string LatestText, long? AckRevisionId, int RevisionCount);
