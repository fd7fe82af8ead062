using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Positions;

namespace PlaybookPortal.Core.Tests.Positions;

public class PositionCatalogParserTests
{
    [Fact]
    public void Parse_WellFormedCatalog_ReadsEveryPosition()
    {
        const string yaml = """
            positions:
              - id: sdr
                title: Sales development rep
                description: Books first meetings from inbound interest.
              - Id: ae
                Title: Account executive
            """;

        var (positions, problems) = PositionCatalogParser.Parse(yaml);

        Assert.Empty(problems);
        Assert.Equal(
            [
                ("sdr", "Sales development rep", "Books first meetings from inbound interest.", 2),
                ("ae", "Account executive", null, 5),
            ],
            positions.Select(p => (p.Id, p.Title, p.Description, p.Line ?? 0)));
    }

    [Fact]
    public void Parse_DuplicateId_ReportsErrorWithLineAndKeepsTheFirst()
    {
        const string yaml = "positions:\n  - id: ae\n    title: First\n  - id: ae\n    title: Second\n";

        var (positions, problems) = PositionCatalogParser.Parse(yaml);

        Assert.Equal("First", Assert.Single(positions).Title);
        var error = Assert.Single(problems);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Equal(4, error.Line);
    }

    [Theory]
    [InlineData("AE")]
    [InlineData("sales ops")]
    [InlineData("ae_2")]
    public void Parse_MalformedId_IsLeftOutWithError(string id)
    {
        var yaml = $"positions:\n  - id: {id}\n    title: T\n";

        var (positions, problems) = PositionCatalogParser.Parse(yaml);

        Assert.Empty(positions);
        Assert.Equal(2, Assert.Single(problems).Line);
    }

    [Fact]
    public void Parse_EntryWithoutTitle_IsLeftOutWithError()
    {
        const string yaml = "positions:\n  - id: ae\n  - id: sdr\n    title: SDR\n";

        var (positions, problems) = PositionCatalogParser.Parse(yaml);

        Assert.Equal("sdr", Assert.Single(positions).Id);
        Assert.Equal(2, Assert.Single(problems).Line);
    }

    [Fact]
    public void Parse_InvalidYaml_ReportsErrorWithLine()
    {
        const string yaml = "positions:\n  - id: ae\n    title: a: b\n";

        var (positions, problems) = PositionCatalogParser.Parse(yaml);

        Assert.Empty(positions);
        Assert.Equal(3, Assert.Single(problems).Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("positions:\n")]
    public void Parse_EmptyCatalog_HasNoPositionsAndNoErrors(string yaml)
    {
        var (positions, problems) = PositionCatalogParser.Parse(yaml);

        Assert.Empty(positions);
        Assert.Empty(problems);
    }

    [Fact]
    public void Parse_NoPositionsList_IsAnError()
    {
        var (_, problems) = PositionCatalogParser.Parse("roles:\n  - id: ae\n");

        Assert.Equal(ProblemSeverity.Error, Assert.Single(problems).Severity);
    }
}
