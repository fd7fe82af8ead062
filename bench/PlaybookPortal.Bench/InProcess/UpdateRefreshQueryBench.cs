using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Bench.Measuring;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Search.Indexing;
using PlaybookPortal.Search.Querying;
using PlaybookPortal.Web.Searching;

namespace PlaybookPortal.Bench.InProcess;

/// <summary>
/// Row 7's baseline: on the portal's own index, replace one playbook's documents with a new
/// unique word, refresh and query until it is found — the least a save can cost before it is
/// searchable.
/// </summary>
public static class UpdateRefreshQueryBench
{
    public const int Saves = 40;

    public static async Task MeasureAsync(IServiceProvider services, Reader reader, string playbookId,
        string size, MeasurementLog log)
    {
        var index = await services.GetRequiredService<SearchIndexHost>().OpenedAsync(CancellationToken.None);
        IndexedPlaybook original;
        await using (var scope = services.CreateAsyncScope())
        {
            var loaded = await scope.ServiceProvider.GetRequiredService<IndexedPlaybookLoader>()
                .LoadAsync([playbookId], CancellationToken.None);
            original = loaded[0];
        }

        var times = new List<double>(Saves);
        for (var i = 0; i <= Saves; i++)
        {
            var word = UniqueWord.For("baseline", i);
            var sections = original.Sections.ToList();
            sections[^1] = sections[^1] with { Text = sections[^1].Text + "\n" + word };
            var changed = original with { Sections = sections };
            var time = Timing.Milliseconds(() =>
            {
                // The current number: the index must not claim changes the database never made.
                index.Apply([changed], [], index.AppliedChangeNumber);
                index.Refresh();
                if (index.Search(new SearchRequest(word, reader)).Total == 0)
                {
                    throw new InvalidOperationException($"'{word}' was not found after update and refresh.");
                }
            });
            if (i > 0)
            {
                times.Add(time);
            }
        }

        // Put the playbook back as the database has it.
        index.Apply([original], [], index.AppliedChangeNumber);
        index.Refresh();
        log.Append(new Measurement("update_refresh_query_p95", Percentiles.Of(times, 95), "ms", size,
            string.Create(CultureInfo.InvariantCulture, $"p50 {Percentiles.Median(times):0.##} ms over {Saves} updates")));
    }
}
