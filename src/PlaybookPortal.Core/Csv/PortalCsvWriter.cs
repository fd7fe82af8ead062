using CsvHelper;

namespace PlaybookPortal.Core.Csv;

/// <summary>
/// Writes CSV the way the portal promises it (PRODUCT.md, "Formats people exchange"): UTF-8
/// with a byte-order mark, comma separated, CRLF line ends, the formula guard on every text
/// cell. Line breaks inside a cell are kept inside quotes. Not thread-safe: one writer per file.
/// </summary>
public sealed class PortalCsvWriter : IAsyncDisposable
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Mode = CsvMode.Rfc4180,
        Separator = ',',
        NewLine = "\r\n",
        WriteByteOrderMark = true,

        // Our own guard replaces CsvHelper's: it spares numbers and keeps round trips exact.
        Injection = CsvInjection.None,
        ShouldQuote = (field, _, _, _) => NeedsExtraQuotes(field),
    };

    private readonly CsvWriter _csv;
    private int? _columns;

    /// <param name="stream">Written from its current position, starting with the byte-order mark.</param>
    /// <param name="leaveOpen">Keep <paramref name="stream"/> open when the writer is disposed.</param>
    public PortalCsvWriter(Stream stream, bool leaveOpen = false)
    {
        _csv = CsvWriter.Create(stream, Options, leaveOpen);
    }

    /// <summary>Writes the header line; call once, before any row.</summary>
    /// <exception cref="InvalidOperationException">A header was written already.</exception>
    public async Task WriteHeaderAsync(IEnumerable<string> columns, CancellationToken cancellationToken)
    {
        if (_columns is not null)
        {
            throw new InvalidOperationException("The header has been written already.");
        }

        var names = columns.ToList();
        _columns = names.Count;
        await WriteRecordAsync(names.Select(CsvCell.FromText), cancellationToken);
    }

    /// <summary>Writes one row with exactly as many cells as the header has columns.</summary>
    /// <exception cref="InvalidOperationException">No header was written yet.</exception>
    /// <exception cref="ArgumentException">The row has another number of cells than the header.</exception>
    public async Task WriteRowAsync(IEnumerable<CsvCell> cells, CancellationToken cancellationToken)
    {
        if (_columns is not { } columns)
        {
            throw new InvalidOperationException("Write the header before the rows.");
        }

        var row = cells.ToList();
        if (row.Count != columns)
        {
            throw new ArgumentException($"The row has {row.Count} cells; the header has {columns} columns.", nameof(cells));
        }

        await WriteRecordAsync(row, cancellationToken);
    }

    /// <summary>Writes everything buffered to the stream.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken) => await _csv.FlushAsync(cancellationToken);

    /// <summary>Flushes, then closes the stream unless the writer was made with <c>leaveOpen</c>.</summary>
    public ValueTask DisposeAsync() => _csv.DisposeAsync();

    // CsvHelper quotes separators, quotes and line breaks itself. A semicolon is quoted too: a
    // reader that guesses the delimiter from the header (ours does, for files saved by
    // spreadsheets) must never see one bare. Edge whitespace is quoted so trimming readers keep it.
    private static bool NeedsExtraQuotes(ReadOnlySpan<char> field) =>
        !field.IsEmpty && (field.Contains(';') || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]));

    private async Task WriteRecordAsync(IEnumerable<CsvCell> cells, CancellationToken cancellationToken)
    {
        foreach (var cell in cells)
        {
            _csv.WriteField(cell.ToWritten());
        }

        await _csv.EndRecordAsync(cancellationToken);
    }
}
