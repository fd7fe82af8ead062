using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Importing;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// Step 1: runs the importer over the corpus and proves the report accounts for every file on
/// disk exactly once: imported, or skipped or failed with a reason an editor can act on.
/// </summary>
internal static partial class ImportAudit
{
    // On a fresh database nothing can be changed, moved or unchanged: a file is new, or not taken.
    private static readonly ImportOutcome[] PerFileOutcomes =
    [
        ImportOutcome.Added, ImportOutcome.Changed, ImportOutcome.Unchanged, ImportOutcome.Moved,
        ImportOutcome.Skipped, ImportOutcome.Conflict, ImportOutcome.Failed,
    ];

    public static async Task<(ImportReport Report, ImportFigures Figures)> RunAsync(
        CorpusPortal portal, Corpus corpus, List<Finding> findings, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var scope = portal.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ContentImporter>();
        var report = await importer.ImportAsync(corpus.Root, new ImportOptions(), cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        CheckCoverage(corpus, report, findings);
        var failed = report.Entries.Where(e => e.Outcome == ImportOutcome.Failed);
        var figures = new ImportFigures(
            corpus.Files.Count,
            report.Count(ImportOutcome.Added),
            CountBy(report.Entries.Where(e => e.Outcome == ImportOutcome.Skipped), e => e.Reason ?? ""),
            CountBy(failed, e => Kind(e.Reason)),
            CountBy(report.Problems, e => $"{Severity(e.Outcome)}: {Kind(e.Reason)}"),
            seconds);
        return (report, figures);
    }

    private static void CheckCoverage(Corpus corpus, ImportReport report, List<Finding> findings)
    {
        // Skipped entries are relative to the corpus already; the others to the playbooks root.
        var byPath = report.Entries
            .Where(e => PerFileOutcomes.Contains(e.Outcome))
            .ToLookup(
                e => e.Outcome == ImportOutcome.Skipped
                    ? e.RelativePath
                    : corpus.FromPlaybookPath(e.RelativePath),
                StringComparer.Ordinal);

        foreach (var file in corpus.Files)
        {
            var entries = byPath[file.RelativePath].ToList();

            // A folder the importer did not enter (hidden, a link) is reported once for all it holds.
            if (entries.Count == 0 && CoveringFolder(file.RelativePath, byPath) is { } folder)
            {
                entries = [folder];
            }

            var problem = entries switch
            {
                [] => "missing from the import report",
                [_, _, ..] => $"listed {entries.Count} times: {string.Join("; ", entries)}",
                [{ Outcome: ImportOutcome.Added }] => null,
                [{ Outcome: ImportOutcome.Skipped or ImportOutcome.Failed, Reason: var reason }]
                    when !string.IsNullOrWhiteSpace(reason) => null,
                [var entry] => $"listed as {entry.Outcome} without the reason an editor needs",
            };
            if (problem is not null)
            {
                findings.Add(new Finding(Checks.Import, file.RelativePath, problem, file.RelativePath));
            }
        }
    }

    private static ImportEntry? CoveringFolder(string path, ILookup<string, ImportEntry> byPath)
    {
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            if (byPath[path[..slash]].FirstOrDefault() is { Outcome: ImportOutcome.Skipped } entry)
            {
                return entry;
            }
        }

        return null;
    }

    private static string Severity(ImportOutcome outcome) =>
        outcome == ImportOutcome.Failed ? "error" : "warning or notice";

    // Reasons name files and values; without them, equal kinds of problem count together.
    private static string Kind(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "(no reason)" : Quoted().Replace(reason, "'…'");

    private static SortedDictionary<string, int> CountBy(
        IEnumerable<ImportEntry> entries, Func<ImportEntry, string> key) =>
        new(entries.GroupBy(key).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    [GeneratedRegex("'[^']*'|\"[^\"]*\"")]
    private static partial Regex Quoted();
}
