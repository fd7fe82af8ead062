using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Bench.Measuring;
using PlaybookPortal.Bench.Querying;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Search.Querying;
using PlaybookPortal.Web.Searching;

namespace PlaybookPortal.Bench.InProcess;

/// <summary>
/// <c>inproc --content DIR --data DIR --queries FILE --size S --admin-password PW --out FILE</c>: hosts the portal
/// in-process on the generated content (importing it, as a first start does) and measures the
/// rows that need no HTTP: render, rebuild, raw queries and save-to-searchable.
/// </summary>
public static class InProcessCommand
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(20);

    public static async Task<int> RunAsync(CommandArguments options)
    {
        var size = options.Required("size");
        var log = new MeasurementLog(options.Required("out"));
        var content = options.Required("content");
        var queries = QuerySetBuilder.ReadTsv(options.Required("queries"));

        // --repeats scales every repeated measurement: 1 for CI's short run, more for steadier numbers.
        var repeats = options.Number("repeats", 2);
        var small = size == "S";
        if (small)
        {
            RenderBench.Measure(content, size, (2 * repeats) + 1, log);
        }

        await using var portal = new BenchPortal(content, options.Required("data"), options.Required("admin-password"));
        var started = Stopwatch.StartNew();
        await portal.WaitReadyAsync(ReadyTimeout);
        log.Append(new Measurement("first_start_ready", started.Elapsed.TotalSeconds, "s", size,
            "in-process first start: import of the generated content and index build"));

        var (reader, displayName) = await AdminReader.FindAsync(portal.Services);
        if (small)
        {
            await RebuildBench.MeasureAsync(portal.Services, size, repeats, log);
        }

        await QueryBench.MeasureAsync(portal.Services, reader, queries, size, 5 * repeats, log);

        var target = await FindSavedPlaybookAsync(portal.Services, reader);
        await UpdateRefreshQueryBench.MeasureAsync(portal.Services, reader, target, size, log);
        await SaveToSearchableBench.MeasureAsync(portal.Services, reader, displayName, target, size, log);
        var others = await FindOtherPlaybooksAsync(portal.Services, reader, target, count: 4);
        await SaveToSearchableBench.MeasureUnderEditingAsync(portal.Services, reader, displayName, target, others, size, log);

        // Rows 9 to 11 are measured over HTTP at S; the portal started afterwards on this data serves them.
        if (small)
        {
            await TeamViewSeeder.SeedAsync(portal.Services);
            var seeding = await SkillMatrixSeeder.SeedAsync(portal.Services);
            log.Append(new Measurement("matrix_seed", seeding.TotalSeconds, "s", size,
                "seeding of rows 10 and 11: 200 skills, 1,000 reps, targets and assessments"));
        }

        return 0;
    }

    // Playbooks for the background editors of row 8: ordinary ones, never the measured one.
    private static async Task<IReadOnlyList<string>> FindOtherPlaybooksAsync(
        IServiceProvider services, Reader reader, string measured, int count)
    {
        var index = await services.GetRequiredService<SearchIndexHost>().OpenedAsync(CancellationToken.None);
        var results = index.Search(new SearchRequest("pipeline", reader, PageSize: count + 1));
        return results.Hits.Select(h => h.PlaybookId).Where(id => id != measured).Take(count).ToList();
    }

    // An ordinary playbook that the frequent words find: what an editor would typically save.
    private static async Task<string> FindSavedPlaybookAsync(IServiceProvider services, Reader reader)
    {
        var index = await services.GetRequiredService<SearchIndexHost>().OpenedAsync(CancellationToken.None);
        var results = index.Search(new SearchRequest("pipeline", reader, Category: "pipeline"));
        return results.Hits.Count > 0
            ? results.Hits[0].PlaybookId
            : throw new InvalidOperationException("No playbook of the pipeline category was found to save.");
    }
}
