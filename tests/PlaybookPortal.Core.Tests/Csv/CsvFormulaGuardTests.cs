using PlaybookPortal.Core.Csv;

namespace PlaybookPortal.Core.Tests.Csv;

public sealed class CsvFormulaGuardTests
{
    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("-foo", "'-foo")]
    [InlineData("+x", "'+x")]
    [InlineData("@x", "'@x")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("'=x", "''=x")]
    [InlineData("-", "'-")]
    [InlineData("-3", "-3")]
    [InlineData("+4.5", "+4.5")]
    [InlineData("-1e3", "-1e3")]
    [InlineData("'already", "'already")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("a=b", "a=b")]
    public void Protect_Cell_AddsThePrefixOnlyWhereASpreadsheetWouldRunIt(string cell, string written)
    {
        Assert.Equal(written, CsvFormulaGuard.Protect(cell));
    }

    [Theory]
    [InlineData("'=SUM(A1)", "=SUM(A1)")]
    [InlineData("''=x", "'=x")]
    [InlineData("'-3", "'-3")]
    [InlineData("'already", "'already")]
    [InlineData("'", "'")]
    [InlineData("-3", "-3")]
    public void Unprotect_Cell_StripsExactlyThePrefixTheWriterAdds(string cell, string read)
    {
        Assert.Equal(read, CsvFormulaGuard.Unprotect(cell));
    }

    [Theory]
    [InlineData("-3", true)]
    [InlineData("+4.5", true)]
    [InlineData("0.5", true)]
    [InlineData("-Infinity", false)]
    [InlineData("NaN", false)]
    [InlineData("- 3", false)]
    [InlineData("1,000", false)]
    [InlineData("\t5", false)]
    public void IsNumber_Cell_AcceptsOnlyPlainInvariantNumbers(string cell, bool expected)
    {
        Assert.Equal(expected, CsvFormulaGuard.IsNumber(cell));
    }
}
