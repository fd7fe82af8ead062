using System.Globalization;
using PlaybookPortal.Core.Importing;

namespace PlaybookPortal.Web.Operator;

/// <summary>Prints an import report for a person at a terminal or a CI log.</summary>
public static class ImportReportPrinter
{
    public static async Task PrintAsync(ImportReport report, TextWriter output)
    {
        await output.WriteLineAsync($"Imported {report.Folder}");
        await PrintSectionAsync(output, "Failed", report.Entries.Concat(report.Problems)
            .Where(e => e.Outcome == ImportOutcome.Failed));
        await PrintSectionAsync(output, "Conflicts", report.Entries.Where(e => e.Outcome == ImportOutcome.Conflict));
        await PrintSectionAsync(output, "Warnings", report.Problems.Where(e => e.Outcome == ImportOutcome.Warning));
        await PrintSectionAsync(output, "Vanished", report.Entries
            .Where(e => e.Outcome is ImportOutcome.Vanished or ImportOutcome.Archived));

        var skipped = report.Entries.Where(e => e.Outcome == ImportOutcome.Skipped)
            .GroupBy(e => e.Reason ?? "skipped").OrderByDescending(g => g.Count());
        foreach (var group in skipped)
        {
            await output.WriteLineAsync($"Skipped {group.Count()}: {group.Key}");
        }

        await output.WriteLineAsync(report.Summary());
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Took {report.Duration.TotalSeconds:F2} s"));
    }

    private static async Task PrintSectionAsync(TextWriter output, string heading, IEnumerable<ImportEntry> entries)
    {
        var list = entries.ToList();
        if (list.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync($"{heading} ({list.Count}):");
        foreach (var entry in list)
        {
            await output.WriteLineAsync($"  {entry}");
        }
    }
}
