using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data.Changes;
using PlaybookPortal.Data.Editing;
using PlaybookPortal.Search.Indexing;
using PlaybookPortal.Search.Querying;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Searching;

/// <summary>
/// The index follows the database: built at the first start, caught up before every search,
/// committed at shutdown, rebuilt when damaged, and never written by two processes.
/// </summary>
public sealed class SearchFollowingTests : IAsyncLifetime
{
    private static readonly Reader Rep = new("rep", PermissionRole.Rep, "sdr");
    private static readonly Reader Manager = new("manager", PermissionRole.Manager, null);
    private static readonly Reader Editor = new("editor", PermissionRole.Editor, null);

    private PortalFactory _portal = new();

    public Task InitializeAsync() => _portal.InitializeAsync();

    public Task DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task Start_IndexesWhatEachReaderMaySee()
    {
        Assert.Equal(["kpis/close-rate"], await SlugsAsync("divided", Rep));
        Assert.Empty(await SlugsAsync("accelerator", Rep));
        Assert.Equal(["pay/commission"], await SlugsAsync("accelerator", Manager));
        Assert.Equal(["pay/draft"], await SlugsAsync("unreleased", Editor));
        Assert.Empty(await SlugsAsync("unreleased", Rep));
    }

    [Fact]
    public async Task Start_LeavesRedirectStubsAndNoindexOut()
    {
        var hits = await SlugsAsync("old page", Editor);

        Assert.DoesNotContain("general/moved", hits);
        Assert.DoesNotContain("general/moved-secret", hits);
    }

    [Fact]
    public async Task Save_NewWords_AreSearchableWhenTheSaveReturns()
    {
        var (id, revision, source) = await CurrentAsync("kpis/close-rate");

        var result = await SaveAsync(new PlaybookSave(id, source + "\nZebrafication of the pipeline.\n", revision, null, "Test", "Add a word"));

        Assert.IsType<PlaybookSaved>(result);
        Assert.Equal(["kpis/close-rate"], await SlugsAsync("zebrafication", Rep));
    }

    [Fact]
    public async Task Save_NarrowedAudience_HidesThePlaybookFromTheVeryNextSearch()
    {
        var (id, revision, source) = await CurrentAsync("kpis/close-rate");
        var narrowed = source.Replace("title: Close rate", "title: Close rate\naudience: [manager]", StringComparison.Ordinal);

        Assert.IsType<PlaybookSaved>(await SaveAsync(new PlaybookSave(id, narrowed, revision, null, "Test", "Managers only")));

        var rep = await SearchAsync("divided", Rep);
        Assert.Equal(0, rep.Total);
        Assert.DoesNotContain(rep.Facets.Categories, f => f.Value == "kpis");
        Assert.Equal(["kpis/close-rate"], await SlugsAsync("divided", Manager));
    }

    [Fact]
    public async Task Save_FromAnOlderRevision_IsAConflictAndChangesNothing()
    {
        var (id, revision, source) = await CurrentAsync("kpis/close-rate");
        Assert.IsType<PlaybookSaved>(await SaveAsync(new PlaybookSave(id, source + "\nFirst tab.\n", revision, null, "Tab one", "one")));

        var second = await SaveAsync(new PlaybookSave(id, source + "\nSecond tab.\n", revision, null, "Tab two", "two"));

        Assert.IsType<PlaybookSaveConflict>(second);
        Assert.Empty(await SlugsAsync("\"second tab\"", Rep));
        Assert.Equal(["kpis/close-rate"], await SlugsAsync("\"first tab\"", Rep));
    }

    [Fact]
    public async Task Save_MalformedFrontMatter_IsRejectedWithItsLine()
    {
        var (id, revision, _) = await CurrentAsync("kpis/close-rate");

        var result = await SaveAsync(new PlaybookSave(id, "---\ntitle: [unclosed\n---\nBody.\n", revision, null, "Test", "Broken"));

        var rejected = Assert.IsType<PlaybookSaveRejected>(result);
        Assert.Contains(rejected.Problems, p => p.Contains("Line", StringComparison.Ordinal));
        Assert.Equal(revision, (await CurrentAsync("kpis/close-rate")).Revision);
    }

    [Fact]
    public async Task Restart_ReopensTheIndexCommittedAtShutdown()
    {
        var root = _portal.Root;
        Assert.NotEmpty(await SlugsAsync("divided", Rep));
        var changeNumber = await ChangeNumberAsync();
        await _portal.StopKeepingFilesAsync();

        Assert.Equal(changeNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), CommittedChange(root));
        _portal = PortalFactory.Restart(root);
        await _portal.InitializeAsync();
        Assert.Equal(["kpis/close-rate"], await SlugsAsync("divided", Rep));
    }

    [Fact]
    public async Task Restart_WithADamagedIndex_RebuildsIt()
    {
        var root = _portal.Root;
        await _portal.StopKeepingFilesAsync();
        foreach (var file in System.IO.Directory.GetFiles(IndexFolder(root), "segments*"))
        {
            await File.WriteAllTextAsync(file, "not an index");
        }

        _portal = PortalFactory.Restart(root);
        await _portal.InitializeAsync();

        Assert.Equal(["kpis/close-rate"], await SlugsAsync("divided", Rep));
    }

    [Fact]
    public void OpenWhileThePortalRuns_IsRefusedByTheLock()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => SearchIndex.Open(IndexFolder(_portal.Root), NullLogger.Instance).Dispose());

        Assert.Contains("in use by another portal process", error.Message, StringComparison.Ordinal);
    }

    private static string IndexFolder(string root) => Path.Combine(root, "data", "index");

    private static string? CommittedChange(string root)
    {
        using var directory = FSDirectory.Open(IndexFolder(root));
        return DirectoryReader.ListCommits(directory)[^1].UserData.TryGetValue("change", out var value) ? value : null;
    }

    private async Task<SearchResults> SearchAsync(string text, Reader reader) =>
        await _portal.Services.GetRequiredService<IPlaybookSearch>()
            .SearchAsync(new SearchRequest(text, reader), CancellationToken.None);

    private async Task<IReadOnlyList<string>> SlugsAsync(string text, Reader reader) =>
        (await SearchAsync(text, reader)).Hits.Select(h => h.Slug).ToList();

    private async Task<PlaybookSaveResult> SaveAsync(PlaybookSave save)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlaybookRevisionSaver>().SaveAsync(save, CancellationToken.None);
    }

    private async Task<(string Id, long Revision, string Source)> CurrentAsync(string slug)
    {
        (string, long, string) found = default;
        await _portal.WithDbAsync(async db =>
        {
            var playbook = await db.Playbooks.Include(p => p.CurrentRevision).SingleAsync(p => p.Slug == slug);
            found = (playbook.Id, playbook.CurrentRevisionId!.Value, playbook.CurrentRevision!.SourceText);
        });
        return found;
    }

    private async Task<long> ChangeNumberAsync()
    {
        long number = 0;
        await _portal.WithDbAsync(async db => number = await db.ChangeCounters
            .Where(c => c.Id == ChangeCounter.SingletonId).Select(c => c.Value).SingleAsync());
        return number;
    }
}
