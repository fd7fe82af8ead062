using System.Text;
using PlaybookPortal.Core.Csv;

namespace PlaybookPortal.Core.Tests.Csv;

public sealed class PortalCsvWriterTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public async Task Write_Rows_StartsWithABomAndEndsEveryLineWithCrLf()
    {
        var bytes = await CsvText.WriteAsync(["Name", "Count"], ["Ada", 3], ["Bob", 4]);

        Assert.Equal(Bom, bytes[..3]);
        Assert.Equal("Name,Count\r\nAda,3\r\nBob,4\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task Write_FormulaLikeText_GetsTheApostrophe_NumbersDoNot()
    {
        var bytes = await CsvText.WriteAsync(["a", "b", "c", "d", "e", "f", "g"],
            ["=SUM(A1)", "-foo", "@x", "\tx", CsvCell.FromText("-3"), -3, 4.5m]);

        Assert.EndsWith("\r\n'=SUM(A1),'-foo,'@x,'\tx,-3,-3,4.5\r\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_Dates_AreIso8601_InstantsInUtcWithZ()
    {
        var instant = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(2));
        var precise = new DateTime(2026, 3, 1, 7, 30, 0, 250, DateTimeKind.Utc);

        var bytes = await CsvText.WriteAsync(["when", "precise", "day"],
            [instant, CsvCell.FromInstant(precise), new DateOnly(2026, 3, 1)]);

        Assert.EndsWith("\r\n2026-03-01T07:30:00Z,2026-03-01T07:30:00.25Z,2026-03-01\r\n",
            Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void FromInstant_LocalOrUnspecifiedTime_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => CsvCell.FromInstant(new DateTime(2026, 3, 1, 7, 30, 0, DateTimeKind.Unspecified)));
    }

    [Fact]
    public async Task Write_SeparatorsQuotesAndLineBreaks_AreQuoted()
    {
        var bytes = await CsvText.WriteAsync(["a", "b", "c", "d"], ["a,b", "a;b", "say \"hi\"", "one\r\ntwo"]);

        Assert.EndsWith("\r\n\"a,b\",\"a;b\",\"say \"\"hi\"\"\",\"one\r\ntwo\"\r\n",
            Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteRow_WithAnotherCellCountThanTheHeader_Throws()
    {
        using var stream = new MemoryStream();
        await using var writer = new PortalCsvWriter(stream, leaveOpen: true);
        await writer.WriteHeaderAsync(["a", "b"], CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(() => writer.WriteRowAsync(["only one"], CancellationToken.None));
    }

    [Fact]
    public async Task WriteRow_BeforeTheHeader_Throws()
    {
        using var stream = new MemoryStream();
        await using var writer = new PortalCsvWriter(stream, leaveOpen: true);

        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteRowAsync(["x"], CancellationToken.None));
    }
}
