using System.Globalization;
using System.Text;

namespace PlaybookPortal.Bench.Reporting;

/// <summary>Formats rows as the Markdown table the harness prints; the last column is the verdict.</summary>
public static class MarkdownTable
{
    public static string Format(IEnumerable<ResultRow> rows)
    {
        var builder = new StringBuilder();
        builder.Append("| row | measured | baseline | ratio | target | verdict |\n");
        builder.Append("| --- | ---: | ---: | ---: | --- | --- |\n");
        foreach (var row in rows)
        {
            builder.Append(CultureInfo.InvariantCulture,
                $"| {row.Row} | {Number(row.Measured)} {row.Unit} | {Number(row.Baseline)} {row.Unit} | {Number(row.Ratio)} | {row.Target} | {row.Verdict} |\n");
        }

        return builder.ToString();
    }

    private static string Number(double value) => double.IsNaN(value) || double.IsInfinity(value)
        ? "–"
        : value.ToString(value >= 100 ? "0" : "0.###", CultureInfo.InvariantCulture);
}
