using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Bench.Measuring;
using PlaybookPortal.Search.Indexing;
using PlaybookPortal.Web.Searching;

namespace PlaybookPortal.Bench.InProcess;

/// <summary>
/// Row 2: the portal's full index rebuild (database → extraction → index → commit) against its
/// two unavoidable parts measured alone: loading and extracting the text, and raw Lucene
/// indexing of that same text.
/// </summary>
public static class RebuildBench
{
    public static async Task MeasureAsync(IServiceProvider services, string size, int repeats, MeasurementLog log)
    {
        var host = services.GetRequiredService<SearchIndexHost>();
        var rebuild = new List<double>();
        var extract = new List<double>();
        var raw = new List<double>();
        var scratch = Path.Combine(Path.GetTempPath(), "bench-raw-lucene-" + Guid.NewGuid().ToString("N"));
        try
        {
            for (var i = 0; i < repeats; i++)
            {
                rebuild.Add(await Timing.MillisecondsAsync(() => host.RebuildAsync(CancellationToken.None)));

                var playbooks = new List<IndexedPlaybook>();
                extract.Add(await Timing.MillisecondsAsync(async () => playbooks = await LoadAllAsync(services)));
                raw.Add(Timing.Milliseconds(() => RawLuceneIndexer.Index(playbooks, scratch)));
            }
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }

        var notes = $"median of {repeats}";
        log.Append(new Measurement("rebuild_ms", Percentiles.Median(rebuild), "ms", size, notes));
        log.Append(new Measurement("extract_ms", Percentiles.Median(extract), "ms", size, notes + "; database load included"));
        log.Append(new Measurement("raw_lucene_ms", Percentiles.Median(raw), "ms", size, notes));
    }

    private static async Task<List<IndexedPlaybook>> LoadAllAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var loader = scope.ServiceProvider.GetRequiredService<IndexedPlaybookLoader>();
        var playbooks = new List<IndexedPlaybook>();
        await foreach (var playbook in loader.LoadAllAsync(CancellationToken.None))
        {
            playbooks.Add(playbook);
        }

        return playbooks;
    }
}
