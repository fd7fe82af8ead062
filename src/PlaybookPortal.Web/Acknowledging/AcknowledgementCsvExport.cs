using System.Globalization;
using PlaybookPortal.Core.Csv;
using PlaybookPortal.Data.Acknowledging;

namespace PlaybookPortal.Web.Acknowledging;

/// <summary>
/// Writes a playbook's acknowledgement status as CSV for people who track it in a
/// spreadsheet: the portal's CSV rules (BOM, comma, CRLF, formula guard) come from
/// <see cref="PortalCsvWriter"/>; the columns and file name are fixed here.
/// </summary>
public static class AcknowledgementCsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly IReadOnlyList<string> Columns =
        ["name", "email", "team", "position", "state", "acknowledged_revision", "acknowledged_at_utc"];

    /// <summary>The download's name, dated by the portal's calendar day.</summary>
    public static string FileName(string slug, DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture,
            $"acknowledgements-{slug.Replace('/', '-')}-{today:yyyy-MM-dd}.csv");

    public static async Task WriteAsync(
        Stream stream, IEnumerable<AcknowledgementStatus> rows, CancellationToken cancellationToken)
    {
        await using var csv = new PortalCsvWriter(stream, leaveOpen: true);
        await csv.WriteHeaderAsync(Columns, cancellationToken);
        foreach (var row in rows)
        {
            await csv.WriteRowAsync(
            [
                CsvCell.FromText(row.DisplayName),
                CsvCell.FromText(row.Email),
                CsvCell.FromText(row.TeamName),
                CsvCell.FromText(row.PositionId),
                CsvCell.FromText(AcknowledgementStateNames.Csv(row.State)),
                row.AcknowledgedRevisionNumber is { } number ? CsvCell.FromNumber(number) : CsvCell.FromText(null),
                row.AcknowledgedUtc is { } at ? CsvCell.FromInstant(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : CsvCell.FromText(null),
            ], cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}
