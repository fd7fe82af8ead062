using PlaybookPortal.Core.Csv;

namespace PlaybookPortal.Data.Skills;

/// <summary>
/// Everything an assessments CSV would do, before anything is saved: problems with the file as
/// a whole (a missing column, text that is not UTF-8) and every row with its action.
/// </summary>
public sealed record AssessmentImportPreview(IReadOnlyList<CsvProblem> FileProblems, IReadOnlyList<AssessmentImportRow> Rows)
{
    public int AddCount => Rows.Count(r => r.Adds);

    public int ErrorCount => Rows.Count(r => r.Action == AssessmentImportAction.Error);

    /// <summary>Problems and errors in line order, as the page lists them.</summary>
    public IEnumerable<CsvProblem> AllProblems => FileProblems
        .Concat(Rows.SelectMany(r => r.Errors.Select(e => new CsvProblem(r.Line, e))))
        .OrderBy(p => p.Line);
}
