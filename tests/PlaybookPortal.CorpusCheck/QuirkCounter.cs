using PlaybookPortal.Core.Content;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// Step 5: counts, per QUIRKS.md row, the pages that show the quirk and the findings of that
/// row's checks on them, so the table says both how common a quirk is and whether its
/// treatment held.
/// </summary>
internal static class QuirkCounter
{
    /// <summary>
    /// Adds an import finding for each file that a row says must become a page but did not,
    /// then counts. <paramref name="imported"/> holds the paths (relative to the corpus) that
    /// were added.
    /// </summary>
    public static IReadOnlyList<QuirkRow> Count(
        IReadOnlyList<SourceFile> files, IReadOnlySet<string> imported, List<Finding> findings)
    {
        // Notices (LICENSE, SOURCE.md) describe the corpus; they are not pages and show no quirk.
        var pages = files.Where(f => SlugRules.IsPlaybookFileName(Path.GetFileName(f.RelativePath))).ToList();
        var showing = QuirkRules.All.ToDictionary(
            rule => rule,
            rule => pages.Where(rule.Shows).Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal));

        var notImported = showing
            .Where(s => s.Key.MustImport)
            .SelectMany(s => s.Value
                .Where(path => !imported.Contains(path))
                .Select(path => (Path: path, Rule: s.Key.Number)))
            .GroupBy(x => x.Path, x => x.Rule, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var file in notImported)
        {
            findings.Add(new Finding(Checks.Import, file.Key,
                $"not imported, yet QUIRKS.md rows {string.Join(", ", file)} say it is a page",
                file.Key));
        }

        return QuirkRules.All
            .Select(rule => new QuirkRow(rule, showing[rule].Count, findings.Count(f =>
                rule.Checks.Contains(f.Check)
                && f.SourcePath is { } path
                && showing[rule].Contains(path))))
            .ToList();
    }
}
