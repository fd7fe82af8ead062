using System.Globalization;
using CsvHelper;
using PlaybookPortal.Core.Csv;
using PlaybookPortal.Web.Skills;

namespace PlaybookPortal.Web.Bench;

/// <summary>
/// Writes the rows of <see cref="RawMatrixRows"/> with CsvHelper directly: the same columns,
/// values, formula guard, byte-order mark and line ends as <see cref="MatrixCsvExport"/>, without
/// the portal's cell types. What <c>/skills/matrix?handler=csv</c> costs beyond this is EF Core,
/// the matrix model and the portal's writer.
/// </summary>
public static class RawMatrixCsv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Mode = CsvMode.Rfc4180,
        Separator = ',',
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        Injection = CsvInjection.None,
        ShouldQuote = (field, _, _, _) =>
            !field.IsEmpty && (field.Contains(';') || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])),
    };

    public static async Task WriteAsync(Stream stream, RawMatrixRows rows, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
        foreach (var column in MatrixCsvExport.Columns)
        {
            csv.WriteField(column);
        }

        await csv.EndRecordAsync(cancellationToken);
        var skills = rows.Skills.Select(s => (Id: CsvFormulaGuard.Protect(s.Id), Name: CsvFormulaGuard.Protect(s.Name))).ToList();
        for (var r = 0; r < rows.Reps.Count; r++)
        {
            var rep = rows.Reps[r];
            var email = CsvFormulaGuard.Protect(rep.Email);
            var name = CsvFormulaGuard.Protect(rep.Name);
            var team = CsvFormulaGuard.Protect(rep.Team ?? "");
            var position = CsvFormulaGuard.Protect(rep.PositionId ?? "");
            var targets = rep.PositionId is { } id ? rows.Targets.GetValueOrDefault(id) : null;
            for (var s = 0; s < skills.Count; s++)
            {
                var target = targets?[s] ?? -1;
                var official = rows.Official[(r * skills.Count) + s];
                csv.WriteField(email);
                csv.WriteField(name);
                csv.WriteField(team);
                csv.WriteField(position);
                csv.WriteField(skills[s].Id);
                csv.WriteField(skills[s].Name);
                csv.WriteField(target >= 0 ? target.ToString(CultureInfo.InvariantCulture) : "");
                csv.WriteField(official.IsPresent ? official.Level.ToString(CultureInfo.InvariantCulture) : "");
                csv.WriteField(target >= 0 && official.IsPresent
                    ? Math.Max(0, target - official.Level).ToString(CultureInfo.InvariantCulture) : "");
                csv.WriteField(official.IsPresent ? CsvFormulaGuard.Protect(official.Assessor) : "");
                csv.WriteField(official.IsPresent
                    ? official.AssessedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture) : "");
                await csv.EndRecordAsync(cancellationToken);
            }
        }

        await csv.FlushAsync(cancellationToken);
    }
}
