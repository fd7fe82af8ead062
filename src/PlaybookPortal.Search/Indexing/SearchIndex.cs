using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using PlaybookPortal.Search.Analysis;
using PlaybookPortal.Search.Querying;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PlaybookPortal.Search.Indexing;

/// <summary>
/// The Lucene index of section documents and the change number it has applied. Writes are
/// serialised and become searchable at <see cref="Refresh"/>; they are made durable at
/// <see cref="Commit"/>, together with the change number they cover, so after a crash the
/// index reopens at a number whose changes it really holds and the follower re-applies the
/// rest. The writer holds Lucene's native file lock, which the operating system releases when
/// the process dies: a second portal on the same folder fails to start instead of corrupting it.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    /// <summary>Bumped whenever documents or analysis change shape; an older index is rebuilt.</summary>
    private const string SchemaVersion = "2";
    private const string ChangeKey = "change";
    private const string SchemaKey = "schema";

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SearchQueryBuilder _queries;
    private readonly ILogger _logger;
    private readonly IndexFolderLock? _folderLock;
    private readonly SemaphoreSlim _write = new(1, 1);
    private long _applied;
    private long _committed;
    private long _searchable = -1;
    private bool _disposed;

    private SearchIndex(LuceneDirectory directory, bool create, long applied, ILogger logger, IndexFolderLock? folderLock = null)
    {
        _directory = directory;
        _folderLock = folderLock;
        _logger = logger;
        var analyzer = SearchAnalyzers.Create();
        _queries = new SearchQueryBuilder(analyzer);
        var config = new IndexWriterConfig(SearchAnalyzers.Version, analyzer)
        {
            OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
            RAMBufferSizeMB = 64,
        };
        _writer = new IndexWriter(directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        _applied = _committed = applied;
    }

    /// <summary>
    /// The change number whose changes the index holds; -1 when it must be rebuilt (it was
    /// missing, unreadable or of an older schema).
    /// </summary>
    public long AppliedChangeNumber => Interlocked.Read(ref _applied);

    /// <summary>
    /// The change number searches see: changes are applied first and become visible at the next
    /// <see cref="Refresh"/>, so a search must not skip catching up on the applied number alone.
    /// </summary>
    public long SearchableChangeNumber => Interlocked.Read(ref _searchable);

    /// <summary>
    /// Opens the index in <paramref name="folder"/>; creates it when it is missing, and starts
    /// it afresh (to be rebuilt, <see cref="AppliedChangeNumber"/> -1) when it cannot be read.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another process holds the index folder.</exception>
    public static SearchIndex Open(string folder, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        System.IO.Directory.CreateDirectory(folder);
        var folderLock = IndexFolderLock.Acquire(folder);
        try
        {
            var applied = ReadAppliedChange(folder, logger);
            try
            {
                return Create(folder, applied, logger, folderLock);
            }
            catch (Exception exception) when (applied >= 0 && exception is not LockObtainFailedException)
            {
                // Readable commit data over damaged segments: start afresh and rebuild.
                LogUnreadable(logger, folder, exception);
                Clear(folder);
                return Create(folder, -1, logger, folderLock);
            }
        }
        catch
        {
            folderLock.Dispose();
            throw;
        }
    }

    /// <summary>Deletes the index files, keeping the folder and its lock.</summary>
    private static void Clear(string folder)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(folder))
        {
            if (Path.GetFileName(file) != IndexFolderLock.FileName)
            {
                File.Delete(file);
            }
        }
    }

    private static SearchIndex Create(string folder, long applied, ILogger logger, IndexFolderLock folderLock)
    {
        var directory = FSDirectory.Open(new DirectoryInfo(folder), new NativeFSLockFactory());
        try
        {
            return new SearchIndex(directory, create: applied < 0, applied, logger, folderLock);
        }
        catch (LockObtainFailedException exception)
        {
            directory.Dispose();
            throw new InvalidOperationException(
                $"The search index in {folder} is in use by another portal process; only one portal may use a data folder.",
                exception);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>An index in memory, for tests and benchmarks.</summary>
    public static SearchIndex CreateInMemory(ILogger logger) => new(new RAMDirectory(), create: true, -1, logger);

    /// <summary>Replaces everything with <paramref name="playbooks"/>, as of <paramref name="changeNumber"/>.</summary>
    /// <returns>How many playbooks were indexed.</returns>
    public int Rebuild(IEnumerable<IndexedPlaybook> playbooks, long changeNumber)
    {
        ArgumentNullException.ThrowIfNull(playbooks);
        _write.Wait();
        try
        {
            _writer.DeleteAll();
            var count = 0;
            foreach (var playbook in playbooks)
            {
                _writer.AddDocuments(SearchDocumentFactory.Create(playbook));
                count++;
            }

            return FinishRebuild(count, changeNumber);
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>
    /// Replaces everything with <paramref name="playbooks"/> as they stream in, so a large
    /// handbook never sits in memory at once. Searches see the old index until it is done.
    /// </summary>
    /// <returns>How many playbooks were indexed.</returns>
    public async Task<int> RebuildAsync(
        IAsyncEnumerable<IndexedPlaybook> playbooks, long changeNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(playbooks);
        await _write.WaitAsync(cancellationToken);
        try
        {
            _writer.DeleteAll();
            var count = 0;
            await foreach (var playbook in playbooks.WithCancellation(cancellationToken))
            {
                _writer.AddDocuments(SearchDocumentFactory.Create(playbook));
                count++;
            }

            return FinishRebuild(count, changeNumber);
        }
        catch
        {
            // A half-done rebuild must not pass for a complete one: -1 makes the next start
            // (or the next catch-up, which replays the whole change log) index everything again.
            Interlocked.Exchange(ref _applied, -1);
            throw;
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>
    /// Replaces the documents of <paramref name="upserts"/>, removes those of
    /// <paramref name="removedIds"/> and records <paramref name="changeNumber"/> as applied.
    /// Searchable after <see cref="Refresh"/>.
    /// </summary>
    public void Apply(
        IReadOnlyCollection<IndexedPlaybook> upserts, IReadOnlyCollection<string> removedIds, long changeNumber)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        ArgumentNullException.ThrowIfNull(removedIds);
        _write.Wait();
        try
        {
            foreach (var id in removedIds)
            {
                _writer.DeleteDocuments(new Term(SearchFields.PlaybookId, id));
            }

            // One block per playbook: its sections stay together in one segment, which grouping relies on.
            foreach (var playbook in upserts)
            {
                _writer.UpdateDocuments(new Term(SearchFields.PlaybookId, playbook.Id), SearchDocumentFactory.Create(playbook));
            }

            if (changeNumber > Interlocked.Read(ref _applied))
            {
                Interlocked.Exchange(ref _applied, changeNumber);
            }
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>Makes everything applied so far searchable.</summary>
    public void Refresh()
    {
        // The number before the refresh: whatever was applied by then is in the new searcher.
        var applied = Interlocked.Read(ref _applied);
        _searchers.MaybeRefreshBlocking();
        if (applied > Interlocked.Read(ref _searchable))
        {
            Interlocked.Exchange(ref _searchable, applied);
        }
    }

    /// <summary>Makes everything applied so far durable; does nothing when nothing changed.</summary>
    /// <returns>True when a commit was written.</returns>
    public bool Commit()
    {
        _write.Wait();
        try
        {
            // Shutdown may commit after the host has disposed the index already: nothing left to do.
            if (_disposed || (Interlocked.Read(ref _applied) == _committed && !_writer.HasUncommittedChanges()))
            {
                return false;
            }

            CommitLocked();
            return true;
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>How many playbooks are searchable now.</summary>
    public int PlaybookCount()
    {
        var searcher = _searchers.Acquire();
        try
        {
            var ids = new PlaybookIdCollector();
            searcher.Search(new MatchAllDocsQuery(), ids);
            return ids.Ids.Count;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Searches what is searchable now; see <see cref="Refresh"/>.</summary>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var searcher = _searchers.Acquire();
        try
        {
            return new SearchExecution(searcher, _queries, request).Run();
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _write.Wait();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            CommitLocked();
            _searchers.Dispose();
            _writer.Dispose();
            _directory.Dispose();
            _folderLock?.Dispose();
        }
        finally
        {
            // The semaphore itself is left to the collector: a late Commit still needs to enter it.
            _write.Release();
        }
    }

    private int FinishRebuild(int count, long changeNumber)
    {
        Interlocked.Exchange(ref _applied, changeNumber);
        CommitLocked();
        _searchers.MaybeRefreshBlocking();
        Interlocked.Exchange(ref _searchable, changeNumber);
        return count;
    }

    private void CommitLocked()
    {
        var applied = Interlocked.Read(ref _applied);
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [ChangeKey] = applied.ToString(CultureInfo.InvariantCulture),
            [SchemaKey] = SchemaVersion,
        });
        _writer.Commit();
        _committed = applied;
        LogCommitted(applied);
    }

    private static long ReadAppliedChange(string folder, ILogger logger)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(folder), NoLockFactory.GetNoLockFactory());
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                LogMissing(logger, folder);
                return -1;
            }

            var data = DirectoryReader.ListCommits(directory)[^1].UserData;
            if (!data.TryGetValue(SchemaKey, out var schema) || schema != SchemaVersion
                || !data.TryGetValue(ChangeKey, out var change)
                || !long.TryParse(change, NumberStyles.Integer, CultureInfo.InvariantCulture, out var applied))
            {
                LogOutdated(logger, folder);
                return -1;
            }

            // Read every segment once: damage shows here, not in the first search.
            using var reader = DirectoryReader.Open(directory);
            for (var doc = 0; doc < reader.MaxDoc; doc += Math.Max(1, reader.MaxDoc / 64))
            {
                reader.Document(doc);
            }

            return applied;
        }
        catch (Exception exception)
        {
            // Whatever a damaged file throws (Lucene, I/O or argument errors alike), the index is
            // derived data: log it, clear it and rebuild from the database.
            LogUnreadable(logger, folder, exception);
            directory.Dispose();
            Clear(folder);
            return -1;
        }
    }

    [LoggerMessage(EventId = 1300, Level = LogLevel.Information,
        Message = "No search index in {Folder}; it will be built from the database")]
    private static partial void LogMissing(ILogger logger, string folder);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information,
        Message = "The search index in {Folder} is from an older version; it will be rebuilt")]
    private static partial void LogOutdated(ILogger logger, string folder);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning,
        Message = "The search index in {Folder} could not be opened; it will be rebuilt")]
    private static partial void LogUnreadable(ILogger logger, string folder, Exception exception);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Debug, Message = "Search index committed at change {ChangeNumber}")]
    private partial void LogCommitted(long changeNumber);
}
