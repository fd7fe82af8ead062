using System.Text.RegularExpressions;
using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Exporting;

/// <summary>
/// The text export writes for a stored revision: the source byte for byte with only an
/// <c>id:</c> line added to the front matter (PRODUCT.md "Content on disk"), so comparing an
/// exported handbook with the original shows nothing but those lines. The importer uses the
/// same function to recognise its own export as unchanged.
/// </summary>
public static partial class ExportText
{
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>
    /// Adds <c>id: <paramref name="id"/></c> as the first front matter line, or a front matter
    /// block holding only it when the text has none. Text whose front matter already names an
    /// id is returned unchanged, whatever that id says.
    /// </summary>
    public static string WithId(string source, string id)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrEmpty(id);

        var document = FrontMatterParser.Parse(source);
        if (document.HasFrontMatter && document.RawKeys.ContainsKey("id"))
        {
            return source;
        }

        var bom = source.Length > 0 && source[0] == ByteOrderMark ? 1 : 0;
        var newline = source.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var idLine = "id: " + YamlScalar(id) + newline;
        if (!document.HasFrontMatter)
        {
            return source[..bom] + "---" + newline + idLine + "---" + newline + source[bom..];
        }

        // The opening fence is the first line; the id goes right below it.
        var afterFence = source.IndexOf('\n', bom) + 1;
        return source[..afterFence] + idLine + source[afterFence..];
    }

    /// <summary>Plain when YAML reads it back as the same string, else single-quoted.</summary>
    private static string YamlScalar(string value) =>
        PlainScalar().IsMatch(value) && !LooksTyped(value)
            ? value
            : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static bool LooksTyped(string value) =>
        double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _)
        || value.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off" or "null" or "~";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex PlainScalar();
}
