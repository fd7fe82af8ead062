using System.Text;

namespace PlaybookPortal.Core.Csv;

/// <summary>
/// Reads CSV the way the portal accepts it (PRODUCT.md, "Formats people exchange"): with or
/// without a byte-order mark, comma or semicolon separated (decided from the header line),
/// headers matched without regard to case, and the formula guard's prefix stripped from every
/// cell. Never throws for a bad file: every malformed row and missing column is a
/// <see cref="CsvProblem"/> with its line, so an import can report them all before saving.
/// </summary>
public static class PortalCsvReader
{
    /// <param name="stream">UTF-8, or UTF-16 with a byte-order mark.</param>
    /// <param name="requiredColumns">Columns the caller needs; any missing one is reported.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    public static async Task<CsvReadResult> ReadAsync(
        Stream stream, IEnumerable<string> requiredColumns, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            using var reader = new StreamReader(stream, strictUtf8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            text = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            return Failed(',', new CsvProblem(1, "the file is not UTF-8 text; save it as \"CSV UTF-8\""));
        }

        var delimiter = CsvTextParser.DetectDelimiter(text);
        using var records = new CsvTextParser(text, delimiter).Records().GetEnumerator();
        if (!records.MoveNext())
        {
            return Failed(delimiter, new CsvProblem(1, "the file is empty; it needs a header line"));
        }

        var header = records.Current;
        var problems = new List<CsvProblem>();
        if (header.Problem is not null)
        {
            problems.Add(new CsvProblem(header.Line, header.Problem));
        }

        var columns = header.Cells.Select(c => CsvFormulaGuard.Unprotect(c).Trim()).ToList();
        var index = IndexColumns(columns, header.Line, requiredColumns, problems);
        var rows = new List<CsvRow>();
        while (records.MoveNext())
        {
            var record = records.Current;

            // A row of nothing but separators is what a spreadsheet leaves below the data; it
            // carries nothing to import or lose.
            if (record.Problem is null && record.Cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var problem = record.Problem ?? (record.Cells.Count == columns.Count ? null
                : $"expected {columns.Count} cells as in the header, found {record.Cells.Count}");
            if (problem is not null)
            {
                problems.Add(new CsvProblem(record.Line, problem));
                continue;
            }

            rows.Add(new CsvRow(record.Line, record.Cells.Select(CsvFormulaGuard.Unprotect).ToList(), index));
        }

        return new CsvReadResult(delimiter, columns, rows, problems);
    }

    private static Dictionary<string, int> IndexColumns(
        List<string> columns, int line, IEnumerable<string> required, List<CsvProblem> problems)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Count; i++)
        {
            if (!index.TryAdd(columns[i], i))
            {
                problems.Add(new CsvProblem(line, $"the column '{columns[i]}' appears twice in the header"));
            }
        }

        var missing = required.Where(r => !index.ContainsKey(r.Trim())).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new CsvProblem(line, $"missing required columns: {string.Join(", ", missing)} " +
                $"(the header has: {string.Join(", ", columns)})"));
        }

        return index;
    }

    private static CsvReadResult Failed(char delimiter, CsvProblem problem) => new(delimiter, [], [], [problem]);
}
