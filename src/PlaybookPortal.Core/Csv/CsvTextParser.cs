using System.Text;

namespace PlaybookPortal.Core.Csv;

/// <summary>
/// Splits CSV text into records (RFC 4180 quoting) and counts physical lines, so each record
/// knows the line it starts on. Hand-written rather than CsvHelper's parser because a malformed
/// record must become a problem at its exact line while parsing goes on with the next one.
/// CRLF, LF and a lone CR all end a line; inside quotes they stay in the cell verbatim.
/// </summary>
internal sealed class CsvTextParser(string text, char delimiter)
{
    private int _position;
    private int _line = 1;

    /// <summary>The delimiter of a file: <c>;</c> when its first line has more of them outside quotes than commas.</summary>
    public static char DetectDelimiter(string text)
    {
        var (commas, semicolons, quoted) = (0, 0, false);
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    public IEnumerable<CsvRecord> Records()
    {
        while (SkipBlankLines())
        {
            yield return ReadRecord();
        }
    }

    // Blank lines between records carry no row; false at the end of the text.
    private bool SkipBlankLines()
    {
        while (_position < text.Length && text[_position] is '\r' or '\n')
        {
            ConsumeLineEnd();
        }

        return _position < text.Length;
    }

    private CsvRecord ReadRecord()
    {
        var start = _line;
        var cells = new List<string>();
        while (true)
        {
            var problem = _position < text.Length && text[_position] == '"'
                ? ReadQuotedCell(cells, cells.Count + 1)
                : ReadPlainCell(cells);
            if (problem is not null)
            {
                return new CsvRecord(start, cells, problem);
            }

            if (_position >= text.Length)
            {
                return new CsvRecord(start, cells, null);
            }

            if (text[_position] == delimiter)
            {
                _position++;
                continue;
            }

            ConsumeLineEnd();
            return new CsvRecord(start, cells, null);
        }
    }

    private string? ReadPlainCell(List<string> cells)
    {
        var end = _position;
        while (end < text.Length && text[end] != delimiter && text[end] is not ('\r' or '\n'))
        {
            end++;
        }

        cells.Add(text[_position..end]);
        _position = end;
        return null;
    }

    private string? ReadQuotedCell(List<string> cells, int cellNumber)
    {
        var opened = _line;
        var cell = new StringBuilder();
        _position++;
        while (true)
        {
            if (_position >= text.Length)
            {
                return $"the quote that opens cell {cellNumber} on line {opened} is never closed";
            }

            var c = text[_position++];
            if (c == '"' && _position < text.Length && text[_position] == '"')
            {
                cell.Append('"');
                _position++;
                continue;
            }

            if (c == '"')
            {
                break;
            }

            CountLineBreak(c);
            cell.Append(c);
        }

        cells.Add(cell.ToString());
        if (_position >= text.Length || text[_position] == delimiter || text[_position] is '\r' or '\n')
        {
            return null;
        }

        SkipRestOfLine();
        return $"cell {cellNumber} has text after its closing quote (a quote inside a quoted cell is written twice: \"\")";
    }

    private void SkipRestOfLine()
    {
        while (_position < text.Length && text[_position] is not ('\r' or '\n'))
        {
            _position++;
        }

        if (_position < text.Length)
        {
            ConsumeLineEnd();
        }
    }

    private void ConsumeLineEnd()
    {
        var c = text[_position++];
        if (c == '\r' && _position < text.Length && text[_position] == '\n')
        {
            _position++;
        }

        _line++;
    }

    // Inside quotes: CRLF counts once (at its LF), a lone CR or LF once each.
    private void CountLineBreak(char c)
    {
        if (c == '\n' || (c == '\r' && (_position >= text.Length || text[_position] != '\n')))
        {
            _line++;
        }
    }
}
