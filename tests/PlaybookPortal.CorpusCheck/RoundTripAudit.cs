using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Exporting;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Exporting;
using PlaybookPortal.Data.Importing;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// Step 7: exports the imported corpus to a temporary folder, compares every exported file
/// with the original (only an added <c>id:</c> line may differ, PRODUCT.md "Content on
/// disk"), then imports the export, which must change nothing. Runs last, because a wrong
/// re-import would change the pages the other steps read.
/// </summary>
internal static class RoundTripAudit
{
    public static async Task<RoundTripFigures> RunAsync(
        CorpusPortal portal, Corpus corpus, ImportReport imported, List<Finding> findings,
        CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("portal-corpus-export-").FullName;
        try
        {
            var started = Stopwatch.GetTimestamp();
            var export = await ExportAsync(portal, folder, cancellationToken);
            var exportSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            foreach (var entry in export.Entries.Where(e => e.Outcome is not ExportOutcome.Written))
            {
                var path = entry.RelativePath;
                findings.Add(new Finding(Checks.Export, path, $"export said {entry}", path));
            }

            var (compared, same) = Compare(corpus, imported, folder, findings);
            started = Stopwatch.GetTimestamp();
            var reimport = await ImportAsync(portal, folder, cancellationToken);
            var reimportSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            foreach (var entry in reimport.Entries.Where(e => e.Outcome != ImportOutcome.Unchanged))
            {
                var path = corpus.FromPlaybookPath(entry.RelativePath);
                findings.Add(new Finding(Checks.Export, path, $"import of the export said {entry}", path));
            }

            var notPlaybooks = imported.Entries.Count(e => e.Outcome == ImportOutcome.Skipped);
            return new RoundTripFigures(export.Count(ExportOutcome.Written), compared, same, notPlaybooks,
                reimport.Count(ImportOutcome.Unchanged), exportSeconds, reimportSeconds);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int Compared, int Same) Compare(
        Corpus corpus, ImportReport imported, string folder, List<Finding> findings)
    {
        var expected = imported.Entries.Where(e => e.Outcome == ImportOutcome.Added)
            .Select(e => corpus.FromPlaybookPath(e.RelativePath))
            .ToHashSet(StringComparer.Ordinal);
        var same = 0;
        foreach (var path in expected.Order(StringComparer.Ordinal))
        {
            var exportedPath = Path.Combine(folder, path);
            if (!File.Exists(exportedPath))
            {
                findings.Add(new Finding(Checks.Export, path, "imported but not exported", path));
                continue;
            }

            // Bytes decoded without stripping a byte-order mark, so a lost or doubled one shows.
            var difference = ExportDiff.Describe(
                Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(corpus.Root, path))),
                Encoding.UTF8.GetString(File.ReadAllBytes(exportedPath)));
            if (difference is null)
            {
                same++;
                continue;
            }

            findings.Add(new Finding(Checks.Export, path, $"export differs beyond the id line: {difference}", path));
        }

        var every = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        foreach (var extra in Directory.EnumerateFiles(folder, "*", every)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(p => !expected.Contains(p)))
        {
            findings.Add(new Finding(Checks.Export, extra, "exported, but no such playbook file was imported", null));
        }

        return (expected.Count, same);
    }

    private static async Task<ExportReport> ExportAsync(
        CorpusPortal portal, string folder, CancellationToken cancellationToken)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentExporter>()
            .ExportAsync(folder, new ExportOptions(), cancellationToken);
    }

    private static async Task<ImportReport> ImportAsync(
        CorpusPortal portal, string folder, CancellationToken cancellationToken)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentImporter>()
            .ImportAsync(folder, new ImportOptions(), cancellationToken);
    }
}
