using PlaybookPortal.Core.Exporting;

namespace PlaybookPortal.Web.Operator;

/// <summary>Prints an export report for a person at a terminal or a CI log.</summary>
public static class ExportReportPrinter
{
    public static async Task PrintAsync(ExportReport report, TextWriter output)
    {
        await output.WriteLineAsync($"Exported to {report.Folder}");
        await ReportText.SectionAsync(output, "Conflicts", report.Entries.Where(e => e.Outcome == ExportOutcome.Conflict));
        await ReportText.SectionAsync(output, "Removed", report.Entries.Where(e => e.Outcome == ExportOutcome.Removed));
        await ReportText.SectionAsync(output, "Overwritten", report.Entries
            .Where(e => e.Outcome == ExportOutcome.Written && e.Reason is not null));

        await ReportText.SkippedAsync(output, report.Entries
            .Where(e => e.Outcome == ExportOutcome.Skipped).Select(e => e.Reason));
        await ReportText.TallyAsync(output, report.Summary(), report.Duration);
    }
}
