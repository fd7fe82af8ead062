using System.Diagnostics.CodeAnalysis;

namespace PlaybookPortal.Core.Csv;

/// <summary>
/// One data row of a file read by <see cref="PortalCsvReader"/>, with the 1-based physical line
/// it starts on (a cell with a line break makes a row span several lines). Cells are looked up
/// by column name without regard to case and have the formula guard's prefix removed.
/// </summary>
public sealed class CsvRow
{
    private readonly IReadOnlyDictionary<string, int> _columns;

    internal CsvRow(int line, IReadOnlyList<string> cells, IReadOnlyDictionary<string, int> columns)
    {
        Line = line;
        Cells = cells;
        _columns = columns;
    }

    public int Line { get; }

    /// <summary>The cells in file order.</summary>
    public IReadOnlyList<string> Cells { get; }

    /// <summary>The cell in <paramref name="column"/>.</summary>
    /// <exception cref="KeyNotFoundException">The file has no such column.</exception>
    public string this[string column] => TryGetValue(column, out var value)
        ? value
        : throw new KeyNotFoundException($"The file has no column '{column}'.");

    public bool TryGetValue(string column, [NotNullWhen(true)] out string? value)
    {
        value = _columns.TryGetValue(column.Trim(), out var index) && index < Cells.Count ? Cells[index] : null;
        return value is not null;
    }
}
