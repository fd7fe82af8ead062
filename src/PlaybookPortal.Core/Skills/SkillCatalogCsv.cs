using PlaybookPortal.Core.Csv;

namespace PlaybookPortal.Core.Skills;

/// <summary>
/// The catalog as CSV: <c>id, name, category, description, level_0 … level_4</c>. Checks every
/// row of a read file against the rules of <see cref="SkillCatalogParser"/> and the existing
/// catalog. Stateless and thread-safe.
/// </summary>
public static class SkillCatalogCsv
{
    public static readonly IReadOnlyList<string> Columns =
        ["id", "name", "category", "description", "level_0", "level_1", "level_2", "level_3", "level_4"];

    /// <summary>The cells of one skill, in <see cref="Columns"/> order.</summary>
    public static IEnumerable<CsvCell> Cells(SkillDefinition skill) =>
        new CsvCell[] { skill.Id, skill.Name, SkillCategoryNames.Of(skill.Category), skill.Description }
            .Concat(skill.Levels.Select(level => CsvCell.FromText(level)));

    /// <summary>Checks <paramref name="file"/>; <paramref name="existing"/> decides create, update or unchanged.</summary>
    public static SkillCsvPreview<SkillDefinition> Check(
        CsvReadResult file, IReadOnlyDictionary<string, SkillDefinition> existing)
    {
        var problems = new List<CsvProblem>(file.Problems);
        var rows = new List<SkillCsvPreviewRow>();
        var items = new List<SkillDefinition>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var (skill, problem) = Read(row, seen);
            if (skill is null)
            {
                problems.Add(new CsvProblem(row.Line, problem!));
                rows.Add(new SkillCsvPreviewRow(row.Line, Cell(row, "id") ?? "", SkillCsvAction.Error, problem));
                continue;
            }

            var current = existing.GetValueOrDefault(skill.Id);
            var action = current is null ? SkillCsvAction.Create
                : current.SameAs(skill with { IsRetired = current.IsRetired }) ? SkillCsvAction.Unchanged
                : SkillCsvAction.Update;
            rows.Add(new SkillCsvPreviewRow(row.Line, skill.Id, action, null));
            items.Add(skill with { IsRetired = current?.IsRetired ?? false });
        }

        return new SkillCsvPreview<SkillDefinition>(rows, problems, items);
    }

    private static (SkillDefinition? Skill, string? Problem) Read(CsvRow row, Dictionary<string, int> seen)
    {
        var id = Cell(row, "id");
        if (!SkillIdRules.IsValid(id))
        {
            return (null, id is null ? "the id is empty" : $"id '{id}' must be lower-case letters, digits and hyphens");
        }

        if (!seen.TryAdd(id, row.Line))
        {
            return (null, $"skill '{id}' is already on line {seen[id]}");
        }

        var name = Cell(row, "name");
        if (name is null)
        {
            return (null, $"skill '{id}' has no name");
        }

        if (!SkillCategoryNames.TryParse(Cell(row, "category"), out var category))
        {
            return (null, $"skill '{id}': category '{Cell(row, "category")}' must be hard or soft");
        }

        string?[] levels = [.. Enumerable.Range(0, 5).Select(level => Cell(row, $"level_{level}"))];
        return (new SkillDefinition(id, name, category, Cell(row, "description"), levels) { Line = row.Line }, null);
    }

    private static string? Cell(CsvRow row, string column) =>
        row.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
