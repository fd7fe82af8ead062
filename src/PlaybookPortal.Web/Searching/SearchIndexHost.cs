using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Changes;
using PlaybookPortal.Search.Indexing;
using PlaybookPortal.Web.Hosting;

namespace PlaybookPortal.Web.Searching;

/// <summary>
/// Owns the portal's search index and keeps it in step with the change log (PRODUCT.md "Where
/// the data lives"): opened or rebuilt at start, caught up before every search and in the
/// background, committed on a timer and at shutdown. One catch-up runs at a time.
/// </summary>
public sealed partial class SearchIndexHost(
    IServiceScopeFactory scopes,
    PortalPaths paths,
    ILogger<SearchIndexHost> logger) : IDisposable
{
    private const int ApplyChunkSize = 500;

    private readonly SemaphoreSlim _catchUp = new(1, 1);
    private readonly TaskCompletionSource<SearchIndex> _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SearchIndex? _index;

    /// <summary>Completes when the index is open and holds at least the start-up state.</summary>
    public Task<SearchIndex> OpenedAsync(CancellationToken cancellationToken) => _opened.Task.WaitAsync(cancellationToken);

    /// <summary>Opens the index, rebuilding it from the database when it is missing or unusable.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        SearchIndex index;
        try
        {
            index = SearchIndex.Open(paths.SearchIndexFolder, logger);
        }
        catch (Exception exception)
        {
            // Searches waiting for the index fail (and say so) instead of waiting forever.
            _opened.TrySetException(exception);
            throw;
        }

        try
        {
            if (index.AppliedChangeNumber < 0)
            {
                await RebuildAsync(index, cancellationToken);
            }

            _index = index;
            await CatchUpAsync(cancellationToken);
            _opened.TrySetResult(index);
        }
        catch (Exception exception)
        {
            index.Dispose();
            _index = null;
            _opened.TrySetException(exception);
            throw;
        }
    }

    /// <summary>Reindexes everything from the database (the index is derived; this loses nothing).</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var index = await OpenedAsync(cancellationToken);
        await _catchUp.WaitAsync(cancellationToken);
        try
        {
            await RebuildAsync(index, cancellationToken);
        }
        finally
        {
            _catchUp.Release();
        }
    }

    /// <summary>
    /// Applies every change committed after the index's number, so what a search sees matches
    /// the database at the moment it started.
    /// </summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var index = _index ?? await OpenedAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (await CurrentChangeAsync(db, cancellationToken) <= index.SearchableChangeNumber)
        {
            return;
        }

        await _catchUp.WaitAsync(cancellationToken);
        try
        {
            // Read the number first: changes committed while loading are applied next time.
            var from = index.AppliedChangeNumber;
            var to = await CurrentChangeAsync(db, cancellationToken);
            if (to <= from)
            {
                // Applied by a catch-up that may not have refreshed yet when this one checked.
                index.Refresh();
                return;
            }

            var ids = await db.ChangeLog.AsNoTracking()
                .Where(e => e.ChangeNumber > from && e.ChangeNumber <= to)
                .Select(e => e.PlaybookId).Distinct().ToListAsync(cancellationToken);
            var loader = scope.ServiceProvider.GetRequiredService<IndexedPlaybookLoader>();

            // In chunks, so a large import is never held in memory at once; only the last
            // chunk moves the applied number, so a failure part-way re-applies everything.
            var chunks = ids.Count == 0 ? [[]] : ids.Chunk(ApplyChunkSize).ToList();
            for (var i = 0; i < chunks.Count; i++)
            {
                var upserts = await loader.LoadAsync(chunks[i], cancellationToken);
                var removed = chunks[i].Except(upserts.Select(p => p.Id), StringComparer.Ordinal).ToList();
                index.Apply(upserts, removed, i == chunks.Count - 1 ? to : from);
            }

            index.Refresh();
            LogCaughtUp(ids.Count, from, to);
        }
        finally
        {
            _catchUp.Release();
        }
    }

    /// <summary>Makes what was applied durable; called on a timer and at shutdown.</summary>
    public void Commit() => _index?.Commit();

    public void Dispose()
    {
        _index?.Dispose();
        _catchUp.Dispose();
    }

    private async Task RebuildAsync(SearchIndex index, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var loader = scope.ServiceProvider.GetRequiredService<IndexedPlaybookLoader>();

        // The number first: whatever changes while loading is newer and applied by the next catch-up.
        var at = await CurrentChangeAsync(db, cancellationToken);
        var count = await index.RebuildAsync(loader.LoadAllAsync(cancellationToken), at, cancellationToken);
        LogRebuilt(count, watch.ElapsedMilliseconds, at);
    }

    private static Task<long> CurrentChangeAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        db.ChangeCounters.AsNoTracking()
            .Where(c => c.Id == ChangeCounter.SingletonId)
            .Select(c => c.Value)
            .SingleAsync(cancellationToken);

    [LoggerMessage(EventId = 1310, Level = LogLevel.Information,
        Message = "Search index rebuilt: {Count} playbooks in {ElapsedMs} ms at change {ChangeNumber}")]
    private partial void LogRebuilt(int count, long elapsedMs, long changeNumber);

    [LoggerMessage(EventId = 1311, Level = LogLevel.Debug,
        Message = "Search index applied {Count} playbooks from changes {From} to {To}")]
    private partial void LogCaughtUp(int count, long from, long to);
}
