using System.Globalization;
using PlaybookPortal.Core.Exporting;

namespace PlaybookPortal.Web.Operator;

/// <summary>Prints an export report for a person at a terminal or a CI log.</summary>
public static class ExportReportPrinter
{
    public static async Task PrintAsync(ExportReport report, TextWriter output)
    {
        await output.WriteLineAsync($"Exported to {report.Folder}");
        await PrintSectionAsync(output, "Conflicts", report.Entries.Where(e => e.Outcome == ExportOutcome.Conflict));
        await PrintSectionAsync(output, "Removed", report.Entries.Where(e => e.Outcome == ExportOutcome.Removed));
        await PrintSectionAsync(output, "Overwritten", report.Entries
            .Where(e => e.Outcome == ExportOutcome.Written && e.Reason is not null));

        var skipped = report.Entries.Where(e => e.Outcome == ExportOutcome.Skipped)
            .GroupBy(e => e.Reason ?? "skipped").OrderByDescending(g => g.Count());
        foreach (var group in skipped)
        {
            await output.WriteLineAsync($"Skipped {group.Count()}: {group.Key}");
        }

        await output.WriteLineAsync(report.Summary());
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Took {report.Duration.TotalSeconds:F2} s"));
    }

    private static async Task PrintSectionAsync(TextWriter output, string heading, IEnumerable<ExportEntry> entries)
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
