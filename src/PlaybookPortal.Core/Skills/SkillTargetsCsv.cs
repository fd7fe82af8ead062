using System.Globalization;
using PlaybookPortal.Core.Csv;

namespace PlaybookPortal.Core.Skills;

/// <summary>
/// Position targets as CSV: <c>position_id, skill_id, level</c>. A level is a whole number 0–4;
/// an empty level removes that target. Stateless and thread-safe.
/// </summary>
public static class SkillTargetsCsv
{
    public static readonly IReadOnlyList<string> Columns = ["position_id", "skill_id", "level"];

    /// <summary>The cells of one target, in <see cref="Columns"/> order.</summary>
    public static IEnumerable<CsvCell> Cells(SkillTargetDefinition target) =>
        [target.PositionId, target.SkillId, CsvCell.FromNumber(target.Level)];

    /// <summary>
    /// Checks <paramref name="file"/>. Items with level -1 stand for removals. Existing targets
    /// decide create, update, unchanged or remove.
    /// </summary>
    public static SkillCsvPreview<SkillTargetDefinition> Check(
        CsvReadResult file, IReadOnlySet<string> positions, IReadOnlySet<string> skills,
        IReadOnlyDictionary<(string PositionId, string SkillId), int> existing)
    {
        var problems = new List<CsvProblem>(file.Problems);
        var rows = new List<SkillCsvPreviewRow>();
        var items = new List<SkillTargetDefinition>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var row in file.Rows)
        {
            var position = Cell(row, "position_id");
            var skill = Cell(row, "skill_id");
            var key = $"{position} / {skill}";
            var problem = Check(row, position, skill, positions, skills, seen, out var level);
            if (problem is not null)
            {
                problems.Add(new CsvProblem(row.Line, problem));
                rows.Add(new SkillCsvPreviewRow(row.Line, key, SkillCsvAction.Error, problem));
                continue;
            }

            var had = existing.TryGetValue((position!, skill!), out var current);
            var action = level is null
                ? had ? SkillCsvAction.Remove : SkillCsvAction.Unchanged
                : !had ? SkillCsvAction.Create : current == level ? SkillCsvAction.Unchanged : SkillCsvAction.Update;
            rows.Add(new SkillCsvPreviewRow(row.Line, key, action, null));
            items.Add(new SkillTargetDefinition(position!, skill!, level ?? -1) { Line = row.Line });
        }

        return new SkillCsvPreview<SkillTargetDefinition>(rows, problems, items);
    }

    private static string? Check(
        CsvRow row, string? position, string? skill, IReadOnlySet<string> positions, IReadOnlySet<string> skills,
        Dictionary<(string, string), int> seen, out int? level)
    {
        level = null;
        if (position is null || !positions.Contains(position))
        {
            return position is null ? "position_id is empty" : $"unknown position '{position}'";
        }

        if (skill is null || !skills.Contains(skill))
        {
            return skill is null ? "skill_id is empty" : $"unknown skill '{skill}'";
        }

        if (!seen.TryAdd((position, skill), row.Line))
        {
            return $"{position} / {skill} is already on line {seen[(position, skill)]}";
        }

        var text = Cell(row, "level");
        if (text is null)
        {
            return null;
        }

        // "2,5" or "2.5" is an error, never 25 or 2: only the digits 0–4 alone are a level.
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || !SkillLevels.IsValid(number))
        {
            return $"level '{text}' must be a whole number from 0 to 4 (empty removes the target)";
        }

        level = number;
        return null;
    }

    private static string? Cell(CsvRow row, string column) =>
        row.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
