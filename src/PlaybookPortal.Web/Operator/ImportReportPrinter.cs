using PlaybookPortal.Core.Importing;

namespace PlaybookPortal.Web.Operator;

/// <summary>Prints an import report for a person at a terminal or a CI log.</summary>
public static class ImportReportPrinter
{
    public static async Task PrintAsync(ImportReport report, TextWriter output)
    {
        await output.WriteLineAsync($"Imported {report.Folder}");
        await ReportText.SectionAsync(output, "Failed", report.Entries.Concat(report.Problems)
            .Where(e => e.Outcome == ImportOutcome.Failed));
        await ReportText.SectionAsync(output, "Conflicts", report.Entries.Where(e => e.Outcome == ImportOutcome.Conflict));
        await ReportText.SectionAsync(output, "Warnings", report.Problems.Where(e => e.Outcome == ImportOutcome.Warning));
        await ReportText.SectionAsync(output, "Vanished", report.Entries
            .Where(e => e.Outcome is ImportOutcome.Vanished or ImportOutcome.Archived));

        await ReportText.SkippedAsync(output, report.Entries
            .Where(e => e.Outcome == ImportOutcome.Skipped).Select(e => e.Reason));
        await ReportText.TallyAsync(output, report.Summary(), report.Duration);
    }
}
