using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Bench.Measuring;
using PlaybookPortal.Bench.Querying;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Search.Querying;
using PlaybookPortal.Web.Searching;

namespace PlaybookPortal.Bench.InProcess;

/// <summary>
/// The raw in-process query baselines of rows 3 and 4: the query set run straight against the
/// open index (no HTTP, no page), its p50 on one thread and its queries per second on as many
/// threads as there are cores.
/// </summary>
public static class QueryBench
{
    private static readonly TimeSpan ThroughputDuration = TimeSpan.FromSeconds(3);

    public static async Task MeasureAsync(IServiceProvider services, Reader reader,
        IReadOnlyList<BenchQuery> queries, string size, int latencyPasses, MeasurementLog log)
    {
        var index = await services.GetRequiredService<SearchIndexHost>().OpenedAsync(CancellationToken.None);
        var requests = queries.Select(q => new SearchRequest(q.Text, reader)).ToList();
        foreach (var request in requests)
        {
            index.Search(request);
        }

        var latencies = new List<double>(requests.Count * latencyPasses);
        for (var pass = 0; pass < latencyPasses; pass++)
        {
            foreach (var request in requests)
            {
                latencies.Add(Timing.Milliseconds(() => index.Search(request)));
            }
        }

        log.Append(new Measurement("inproc_query_p50", Percentiles.Median(latencies), "ms", size,
            $"p99 {Percentiles.Of(latencies, 99):0.###} ms over {latencies.Count} queries"));

        var threads = Environment.ProcessorCount;
        var completed = 0L;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(t => Task.Run(() =>
        {
            for (var i = t * 7; watch.Elapsed < ThroughputDuration; i++)
            {
                index.Search(requests[i % requests.Count]);
                Interlocked.Increment(ref completed);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        log.Append(new Measurement("inproc_qps", completed / watch.Elapsed.TotalSeconds, "qps", size,
            $"{threads} threads"));
    }
}
