using System.Text.Json;
using PlaybookPortal.Bench.Measuring;

namespace PlaybookPortal.Bench.Reporting;

/// <summary>
/// <c>table --in measurements.jsonl --out rows.jsonl</c>: prints the Markdown table, then the
/// notes of rows that have any, and writes one JSON line per row.
/// </summary>
public static class ReportCommand
{
    public static int Run(string measurementsPath, string rowsPath)
    {
        var measurements = new MeasurementLog(measurementsPath).ReadAll();
        var rows = new RowComputer(measurements).Compute();
        Console.Write(MarkdownTable.Format(rows));

        var withNotes = rows.Where(r => r.Notes is not null).ToList();
        if (withNotes.Count > 0)
        {
            Console.WriteLine();
            foreach (var row in withNotes)
            {
                Console.WriteLine($"- {row.Row}: {row.Notes}");
            }
        }

        foreach (var info in measurements.Where(m => m.Unit is "s" or "count"))
        {
            Console.WriteLine($"- {info.Size} {info.Name}: {info.Value:0.##} {info.Unit}{(info.Notes is null ? "" : " — " + info.Notes)}");
        }

        var lines = rows.Select(row => JsonSerializer.Serialize(row, JsonSerializerOptionsForRows));
        File.WriteAllLines(rowsPath, lines);
        return 0;
    }

    // NaN (a row that could not be measured) is written as the string "NaN" rather than failing.
    private static readonly JsonSerializerOptions JsonSerializerOptionsForRows = new(MeasurementLog.JsonOptions)
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
