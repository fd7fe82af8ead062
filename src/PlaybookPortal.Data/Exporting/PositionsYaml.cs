using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.Data.Exporting;

/// <summary>
/// Writes the position catalog in the shape <c>PositionCatalogParser</c> reads. Titles and
/// descriptions are JSON strings, which YAML reads as double-quoted scalars, so no value
/// (a colon, a quote, a line break) can change the structure.
/// </summary>
internal static class PositionsYaml
{
    // Escaping for HTML is not needed in a YAML file; umlauts stay readable.
    private static readonly JsonSerializerOptions Quoting =
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<Position> positions)
    {
        var yaml = new StringBuilder("positions:\n");
        foreach (var position in positions.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            yaml.Append("  - id: ").Append(position.Id).Append('\n');
            yaml.Append("    title: ").Append(Quoted(position.Title)).Append('\n');
            if (!string.IsNullOrEmpty(position.Description))
            {
                yaml.Append("    description: ").Append(Quoted(position.Description)).Append('\n');
            }
        }

        return yaml.ToString();
    }

    private static string Quoted(string value) => JsonSerializer.Serialize(value, Quoting);
}
