using System.Text.RegularExpressions;
using PlaybookPortal.Core.Content;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// Compares an exported file with its original line by line, line endings included, the way
/// <c>diff</c> would for an export that may only add lines: which lines the export added and
/// which original lines it lost. Shared with the web tests so CI and the tests judge alike.
/// </summary>
internal static partial class ExportDiff
{
    /// <summary>
    /// Null when <paramref name="exported"/> is <paramref name="original"/> with only an
    /// <c>id:</c> line added (plus the two fences of a new front matter block when the original
    /// had none); else what else differs, in words.
    /// </summary>
    public static string? Describe(string original, string exported)
    {
        if (original == exported)
        {
            return null;
        }

        var (added, lost) = Compare(original, exported);
        if (lost.Count > 0)
        {
            return $"lost line '{Shown(lost[0])}'";
        }

        var fences = added.Count(l => l.TrimEnd('\r', '\n') == "---");
        var idLines = added.Count(l => IdLine().IsMatch(l));
        var expectedFences = FrontMatterParser.Parse(original).HasFrontMatter ? 0 : 2;
        return idLines == 1 && fences == expectedFences && added.Count == 1 + expectedFences
            ? null
            : $"added {string.Join(", ", added.Select(l => $"'{Shown(l)}'"))}";
    }

    /// <summary>Lines of the export not in the original, and original lines the export lacks.</summary>
    public static (List<string> Added, List<string> Lost) Compare(string original, string exported)
    {
        // A byte-order mark belongs at the very start, before an added block; compare without it.
        var bomMoved = original.StartsWith('\uFEFF') && exported.StartsWith('\uFEFF');
        var from = Lines(bomMoved ? original[1..] : original);
        var to = Lines(bomMoved ? exported[1..] : exported);
        var added = new List<string>();
        var next = 0;

        // An export only inserts lines, so walking it while matching the original in order finds them.
        foreach (var line in to)
        {
            if (next < from.Length && line == from[next])
            {
                next++;
            }
            else
            {
                added.Add(line);
            }
        }

        return (added, from[next..].ToList());
    }

    private static string[] Lines(string text) =>
        text.Length == 0 ? [] : LineEnd().Split(text).Where(l => l.Length > 0).ToArray();

    private static string Shown(string line) =>
        line.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    [GeneratedRegex("(?<=\n)")]
    private static partial Regex LineEnd();

    [GeneratedRegex("^id: [^\r\n]+\r?\n?$")]
    private static partial Regex IdLine();
}
