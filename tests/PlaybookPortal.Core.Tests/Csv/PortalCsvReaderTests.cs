using System.Text;
using PlaybookPortal.Core.Csv;

namespace PlaybookPortal.Core.Tests.Csv;

public sealed class PortalCsvReaderTests
{
    private static readonly string[] Tricky =
    [
        "=1+1", "-5", "-abc", "'already", "'=x", "a,b", "a;b", "\"q\"", "line one\r\nline two", "lf\nonly",
        "Grüße, Ümläute", "🚀 launch 👩‍💻", "+4.5", "@mention", "\tindented", " padded ", "", "'",
    ];

    public static TheoryData<string> TrickyCells => new(Tricky);

    [Theory]
    [MemberData(nameof(TrickyCells))]
    public async Task RoundTrip_TrickyCell_ReadsBackExactly(string cell)
    {
        var bytes = await CsvText.WriteAsync(["Before", "Cell", "After"], ["x", cell, "y"]);

        var result = await CsvText.ReadAsync(bytes, "cell");

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        var row = Assert.Single(result.Rows);
        Assert.Equal(["x", cell, "y"], row.Cells);
        Assert.Equal(cell, row["CELL"]);
    }

    [Fact]
    public async Task RoundTrip_EveryTrickyCellInOneRow_ReadsBackExactly()
    {
        var cells = Tricky.ToList();
        var header = cells.Select((_, i) => $"c{i}").ToList();

        var bytes = await CsvText.WriteAsync(header, cells.Select(CsvCell.FromText).ToList(), [.. header.Select(CsvCell.FromText)]);
        var result = await CsvText.ReadAsync(bytes);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(cells, result.Rows[0].Cells);
        Assert.Equal(header, result.Rows[1].Cells);
    }

    [Fact]
    public async Task Read_SemicolonFileWithoutBom_IsAccepted()
    {
        var result = await CsvText.ReadAsync("Name;Score\nAda;1,5\n\"Bob; Jr\";2\n", "name", "score");

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(';', result.Delimiter);
        Assert.Equal(["1,5", "2"], result.Rows.Select(r => r["Score"]));
        Assert.Equal("Bob; Jr", result.Rows[1]["name"]);
    }

    [Fact]
    public async Task Read_HeaderWithSemicolonsInsideQuotes_StaysCommaSeparated()
    {
        var result = await CsvText.ReadAsync("\"a;b;c\",d\n1,2\n");

        Assert.Equal(',', result.Delimiter);
        Assert.Equal(["a;b;c", "d"], result.Columns);
    }

    [Fact]
    public async Task Read_Bom_IsStrippedFromTheFirstColumnName()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Email,Team\r\na@x,Sales\r\n")).ToArray();

        var result = await CsvText.ReadAsync(bytes, "email");

        Assert.True(result.IsValid);
        Assert.Equal("Email", result.Columns[0]);
        Assert.Equal("a@x", result.Rows[0]["email"]);
    }

    [Fact]
    public async Task Read_MissingRequiredColumns_ListsThemAllOnTheHeaderLine()
    {
        var result = await CsvText.ReadAsync("Name,Role\nAda,rep\n", "name", "email", "team");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("email, team", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Name, Role", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_MultiLineCells_RowsKeepTheLineTheyStartOn()
    {
        var result = await CsvText.ReadAsync("id,notes\r\n1,\"first\r\nsecond\r\nthird\"\r\n2,plain\r\n\r\n3,\"a\nb\"\n4,x\n");

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal([2, 5, 7, 9], result.Rows.Select(r => r.Line));
        Assert.Equal("first\r\nsecond\r\nthird", result.Rows[0]["notes"]);
    }

    [Fact]
    public async Task Read_UnclosedQuote_IsAProblemAtTheLineItStarts()
    {
        var result = await CsvText.ReadAsync("id,notes\n1,fine\n2,\"never closed\n3,more\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("never closed", problem.Message, StringComparison.Ordinal);
        Assert.Equal([2], result.Rows.Select(r => r.Line));
    }

    [Fact]
    public async Task Read_WrongFieldCountAndStrayQuote_AreProblemsWithTheirLines_AndReadingGoesOn()
    {
        var result = await CsvText.ReadAsync("id,notes\n1,a,extra\n2,\"quoted\"tail\n3\n4,fine\n");

        Assert.Equal([2, 3, 4], result.Problems.Select(p => p.Line));
        Assert.Contains("expected 2 cells", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("after its closing quote", result.Problems[1].Message, StringComparison.Ordinal);
        Assert.Equal([5], result.Rows.Select(r => r.Line));
        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task Read_EmptyFile_IsAProblem()
    {
        var result = await CsvText.ReadAsync("");

        Assert.Equal(1, Assert.Single(result.Problems).Line);
    }

    [Fact]
    public async Task Read_NotUtf8_IsAProblemNotGarbage()
    {
        var latin1 = Encoding.Latin1.GetBytes("Name\nGrüße\n");

        var result = await CsvText.ReadAsync(latin1);

        Assert.Contains("not UTF-8", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_DuplicateColumn_IsAProblem()
    {
        var result = await CsvText.ReadAsync("Email,email\na,b\n");

        Assert.Contains("appears twice", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Row_UnknownColumn_ThrowsNamingIt()
    {
        var result = await CsvText.ReadAsync("a\n1\n");

        var error = Assert.Throws<KeyNotFoundException>(() => result.Rows[0]["b"]);
        Assert.Contains("'b'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_RowsOfOnlySeparatorsBelowTheData_AreSkippedAndLinesStayRight()
    {
        var bytes = Encoding.UTF8.GetBytes("id,name\r\n,\r\na,Alpha\r\n,\r\n , \r\n");

        var result = await PortalCsvReader.ReadAsync(new MemoryStream(bytes), ["id"], CancellationToken.None);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        var row = Assert.Single(result.Rows);
        Assert.Equal(3, row.Line);
        Assert.Equal("Alpha", row["name"]);
    }
}
