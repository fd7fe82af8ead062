using System.Globalization;
using PlaybookPortal.Components;
using PlaybookPortal.Core.Csv;

namespace PlaybookPortal.Web.Onboarding;

/// <summary>
/// A path's cohorts as CSV: one row per rep, their cohort month first, with the days they took
/// to finish so a spreadsheet can recompute the medians the page shows.
/// </summary>
public static class CohortCsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly IReadOnlyList<string> Columns =
    [
        "cohort", "rep", "email", "team", "start_date", "percent_done", "overdue_steps",
        "status", "finished_on", "days_to_finish",
    ];

    public static string FileName(string pathId, DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture, $"cohorts-{pathId}-{today:yyyy-MM-dd}.csv");

    public static async Task WriteAsync(
        Stream stream, IEnumerable<Cohort> cohorts, CancellationToken cancellationToken)
    {
        await using var csv = new PortalCsvWriter(stream, leaveOpen: true);
        await csv.WriteHeaderAsync(Columns, cancellationToken);
        foreach (var cohort in cohorts)
        {
            var month = cohort.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            foreach (var member in cohort.Members)
            {
                var progress = member.Progress;
                var finished = progress.FinishedOn;
                await csv.WriteRowAsync(
                [
                    CsvCell.FromText(month),
                    CsvCell.FromText(member.UserName),
                    CsvCell.FromText(member.UserEmail),
                    CsvCell.FromText(member.TeamName),
                    CsvCell.FromDate(progress.StartDate),
                    CsvCell.FromNumber(progress.PercentDone),
                    CsvCell.FromNumber(progress.OverdueCount),
                    CsvCell.FromText(EnrollmentStatusText.Words(progress.Status)),
                    finished is { } day ? CsvCell.FromDate(day) : CsvCell.FromText(null),
                    finished is { } end
                        ? CsvCell.FromNumber(end.DayNumber - progress.StartDate.DayNumber)
                        : CsvCell.FromText(null),
                ], cancellationToken);
            }
        }

        await csv.FlushAsync(cancellationToken);
    }
}
