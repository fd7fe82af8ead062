using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Bench.Measuring;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Editing;
using PlaybookPortal.Search.Querying;

namespace PlaybookPortal.Bench.InProcess;

/// <summary>
/// Row 7: the browser editor's save (<see cref="PlaybookRevisionSaver"/>, in its own scope as a
/// request has) of a playbook with a new word, then <see cref="IPlaybookSearch"/> as a reader
/// searches, until that word is found — the time from pressing save to the edit being searchable.
/// Row 8 measures the same while other editors keep saving other playbooks (<see cref="BackgroundEditors"/>),
/// as on a busy morning: their saves compete for the change counter, the index writer and the catalog.
/// </summary>
public static class SaveToSearchableBench
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    public static async Task MeasureAsync(IServiceProvider services, Reader reader, string authorName,
        string playbookId, string size, MeasurementLog log) =>
        log.Append(await MeasureOnceAsync(services, reader, authorName, playbookId, size, "save", "save_searchable_p95"));

    /// <summary>Row 8: the same measurement while <paramref name="others"/> are saved continuously.</summary>
    public static async Task MeasureUnderEditingAsync(IServiceProvider services, Reader reader, string authorName,
        string playbookId, IReadOnlyList<string> others, string size, MeasurementLog log)
    {
        await using var editors = BackgroundEditors.Start(services, reader.UserId, authorName, others);
        var measurement = await MeasureOnceAsync(
            services, reader, authorName, playbookId, size, "busy", "save_searchable_editing_p95");
        var saves = await editors.StopAsync();
        log.Append(measurement with
        {
            Notes = measurement.Notes + string.Create(CultureInfo.InvariantCulture, $"; {saves} background saves by {others.Count} editors"),
        });
    }

    private static async Task<Measurement> MeasureOnceAsync(IServiceProvider services, Reader reader, string authorName,
        string playbookId, string size, string wordKind, string name)
    {
        var search = services.GetRequiredService<IPlaybookSearch>();
        var (revisionId, source) = await CurrentRevisionAsync(services, playbookId);
        var times = new List<double>(UpdateRefreshQueryBench.Saves);
        for (var i = 0; i <= UpdateRefreshQueryBench.Saves; i++)
        {
            var word = UniqueWord.For(wordKind, i);
            var edited = source.TrimEnd() + "\n\n" + word + "\n";
            var started = Stopwatch.GetTimestamp();
            revisionId = await SaveAsync(services, new PlaybookSave(
                playbookId, edited, revisionId, reader.UserId, authorName, "Benchmark save"));
            while ((await search.SearchAsync(new SearchRequest(word, reader), CancellationToken.None)).Total == 0)
            {
                if (Stopwatch.GetElapsedTime(started) > GiveUpAfter)
                {
                    throw new TimeoutException($"A saved word was not searchable after {GiveUpAfter}.");
                }
            }

            if (i > 0)
            {
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        return new Measurement(name, Percentiles.Of(times, 95), "ms", size,
            string.Create(CultureInfo.InvariantCulture, $"p50 {Percentiles.Median(times):0.##} ms over {times.Count} saves"));
    }

    internal static async Task<long> SaveAsync(IServiceProvider services, PlaybookSave save)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PlaybookRevisionSaver>()
            .SaveAsync(save, CancellationToken.None);
        return result is PlaybookSaved saved
            ? saved.RevisionId
            : throw new InvalidOperationException($"The benchmark save was not saved: {result}");
    }

    internal static async Task<(long RevisionId, string Source)> CurrentRevisionAsync(IServiceProvider services, string playbookId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var revisionId = await db.Playbooks.Where(p => p.Id == playbookId).Select(p => p.CurrentRevisionId).SingleAsync();
        var source = await db.PlaybookRevisions.Where(r => r.Id == revisionId).Select(r => r.SourceText).SingleAsync();
        return (revisionId!.Value, source);
    }
}
