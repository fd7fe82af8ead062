namespace PlaybookPortal.Core.Csv;

/// <summary>
/// Everything read from one CSV file: the columns, the rows that parsed and every problem found.
/// An importer saves nothing unless <see cref="IsValid"/>, so a file is fixed in one pass.
/// </summary>
public sealed record CsvReadResult(
    char Delimiter,
    IReadOnlyList<string> Columns,
    IReadOnlyList<CsvRow> Rows,
    IReadOnlyList<CsvProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
