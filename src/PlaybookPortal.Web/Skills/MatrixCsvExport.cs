using System.Globalization;
using PlaybookPortal.Core.Csv;
using PlaybookPortal.Core.Skills.Gaps;
using PlaybookPortal.Data.People;
using PlaybookPortal.Data.Skills;

namespace PlaybookPortal.Web.Skills;

/// <summary>
/// The gap matrix as CSV, one row per rep and skill (long format): the columns stay the same
/// whatever the catalog holds, a spreadsheet filters and pivots it directly, and assessor and
/// date fit beside each level. "Not assessed" leaves current, gap, assessed_by and
/// assessed_at_utc empty (never 0); no target leaves target and gap empty.
/// </summary>
public sealed class MatrixCsvExport(GapMatrixLoader loader)
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>Reps loaded and written per batch, so memory stays flat for any number of reps.</summary>
    private const int BatchSize = 250;

    public static readonly IReadOnlyList<string> Columns =
    [
        "rep_email", "rep_name", "team", "position", "skill_id", "skill_name",
        "target", "current", "gap", "assessed_by", "assessed_at_utc",
    ];

    public static string FileName(DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture, $"skill-gaps-{today:yyyy-MM-dd}.csv");

    /// <summary>Writes every rep of <paramref name="reps"/> (scoped, filtered and ordered) to <paramref name="stream"/>.</summary>
    public async Task WriteAsync(Stream stream, IQueryable<PortalUser> reps, CancellationToken cancellationToken)
    {
        await using var csv = new PortalCsvWriter(stream, leaveOpen: true);
        await csv.WriteHeaderAsync(Columns, cancellationToken);
        for (var skip = 0; ; skip += BatchSize)
        {
            var matrix = await loader.LoadAsync(reps.Skip(skip).Take(BatchSize), cancellationToken);
            await WriteRowsAsync(csv, matrix, cancellationToken);
            if (matrix.Reps.Count < BatchSize)
            {
                break;
            }
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static async Task WriteRowsAsync(PortalCsvWriter csv, GapMatrix matrix, CancellationToken cancellationToken)
    {
        var empty = CsvCell.FromText(null);
        for (var r = 0; r < matrix.Reps.Count; r++)
        {
            var rep = matrix.Reps[r];
            for (var s = 0; s < matrix.Skills.Count; s++)
            {
                var skill = matrix.Skills[s];
                var cell = matrix.Cell(r, s);
                await csv.WriteRowAsync(
                [
                    CsvCell.FromText(rep.Email),
                    CsvCell.FromText(rep.Name),
                    CsvCell.FromText(rep.TeamName),
                    CsvCell.FromText(rep.PositionId),
                    CsvCell.FromText(skill.Id),
                    CsvCell.FromText(skill.Name),
                    cell.Gap.Target is { } target ? CsvCell.FromNumber(target) : empty,
                    cell.Gap.Current is { } current ? CsvCell.FromNumber(current) : empty,
                    cell.Gap.Gap is { } gap ? CsvCell.FromNumber(gap) : empty,
                    CsvCell.FromText(cell.Official?.AssessorName),
                    cell.Official is { } official ? CsvCell.FromInstant(DateTime.SpecifyKind(official.AssessedUtc, DateTimeKind.Utc)) : empty,
                ], cancellationToken);
            }
        }
    }
}
