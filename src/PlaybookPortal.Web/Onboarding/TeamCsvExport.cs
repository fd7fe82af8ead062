using System.Globalization;
using PlaybookPortal.Components;
using PlaybookPortal.Core.Csv;
using PlaybookPortal.Data.Onboarding;

namespace PlaybookPortal.Web.Onboarding;

/// <summary>
/// The team view as CSV, the rows the page shows in its order. Dates are local calendar days
/// (yyyy-mm-dd), percentages plain numbers; the portal's CSV rules come from
/// <see cref="PortalCsvWriter"/>.
/// </summary>
public static class TeamCsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly IReadOnlyList<string> Columns =
    [
        "rep", "email", "team", "path", "start_date", "percent_done", "expected_percent",
        "behind_ahead", "overdue_steps", "planned_finish", "finished_on", "status",
    ];

    public static string FileName(DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture, $"team-onboarding-{today:yyyy-MM-dd}.csv");

    public static async Task WriteAsync(
        Stream stream, IEnumerable<EnrollmentView> rows, CancellationToken cancellationToken)
    {
        await using var csv = new PortalCsvWriter(stream, leaveOpen: true);
        await csv.WriteHeaderAsync(Columns, cancellationToken);
        foreach (var row in rows)
        {
            var progress = row.Progress;
            await csv.WriteRowAsync(
            [
                CsvCell.FromText(row.UserName),
                CsvCell.FromText(row.UserEmail),
                CsvCell.FromText(row.TeamName),
                CsvCell.FromText(row.PathTitle),
                CsvCell.FromDate(progress.StartDate),
                CsvCell.FromNumber(progress.PercentDone),
                CsvCell.FromNumber(progress.ExpectedPercent),
                CsvCell.FromNumber(progress.PercentDone - progress.ExpectedPercent),
                CsvCell.FromNumber(progress.OverdueCount),
                CsvCell.FromDate(progress.PlannedFinish),
                progress.FinishedOn is { } finished ? CsvCell.FromDate(finished) : CsvCell.FromText(null),
                CsvCell.FromText(EnrollmentStatusText.Words(progress.Status)),
            ], cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}
