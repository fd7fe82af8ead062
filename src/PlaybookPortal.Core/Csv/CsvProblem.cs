namespace PlaybookPortal.Core.Csv;

/// <summary>Something wrong with a CSV file, at the 1-based physical line where its row starts.</summary>
public sealed record CsvProblem(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}
