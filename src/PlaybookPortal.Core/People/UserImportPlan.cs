using PlaybookPortal.Core.Csv;

namespace PlaybookPortal.Core.People;

/// <summary>
/// Everything a user import would do, and every problem that stops it. Nothing is saved
/// unless <see cref="IsValid"/>: all rows or none.
/// </summary>
public sealed record UserImportPlan(
    IReadOnlyList<UserImportRow> Rows,
    IReadOnlyList<UserImportRejectedRow> RejectedRows,
    IReadOnlyList<CsvProblem> Problems,
    IReadOnlyList<string> NewTeams,
    bool HasPositionColumn,
    bool HasTeamColumn,
    bool HasLeadsColumn)
{
    public bool IsValid => Problems.Count == 0 && Rows.Count > 0;

    public int CreateCount => Rows.Count(r => r.Action == UserImportAction.Create);

    public int UpdateCount => Rows.Count(r => r.Action == UserImportAction.Update);

    /// <summary>The problems reported for <paramref name="line"/>, for showing beside its row.</summary>
    public IEnumerable<CsvProblem> ProblemsAt(int line) => Problems.Where(p => p.Line == line);
}
