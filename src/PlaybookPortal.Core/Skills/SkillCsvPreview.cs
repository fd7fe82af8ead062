using PlaybookPortal.Core.Csv;

namespace PlaybookPortal.Core.Skills;

/// <summary>
/// A checked CSV file of skills or targets: every row with its action, every problem with its
/// line, and the rows to save. Saving is allowed only when <see cref="IsValid"/>: all or none.
/// </summary>
public sealed record SkillCsvPreview<T>(
    IReadOnlyList<SkillCsvPreviewRow> Rows, IReadOnlyList<CsvProblem> Problems, IReadOnlyList<T> Items)
{
    public bool IsValid => Problems.Count == 0;

    /// <summary>Rows that would change something.</summary>
    public int ChangeCount => Rows.Count(r => r.Action is SkillCsvAction.Create or SkillCsvAction.Update or SkillCsvAction.Remove);
}
