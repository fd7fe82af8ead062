using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Skills;

namespace PlaybookPortal.Core.Tests.Skills;

public class SkillCatalogParserTests
{
    [Fact]
    public void Parse_WellFormedCatalog_ReadsEverySkillWithLevels()
    {
        const string yaml = """
            skills:
              - id: discovery
                name: Discovery
                category: hard
                description: Finds out what the buyer needs.
                levels:
                  0: Has not run a discovery call.
                  4: Teaches it.
              - Id: listening
                Name: Listening
                Category: Soft
            """;

        var result = SkillCatalogParser.Parse(yaml, "skills/catalog.yaml");

        Assert.Empty(result.Problems);
        Assert.False(result.Failed);
        Assert.Equal(["discovery", "listening"], result.Skills.Select(s => s.Id));
        var discovery = result.Skills[0];
        Assert.Equal((SkillCategory.Hard, 2), (discovery.Category, discovery.Line ?? 0));
        Assert.Equal(["Has not run a discovery call.", null, null, null, "Teaches it."], discovery.Levels);
        Assert.Equal(SkillCategory.Soft, result.Skills[1].Category);
    }

    [Fact]
    public void Parse_DuplicateId_KeepsTheFirstAndNamesBothLines()
    {
        const string yaml = "skills:\n  - id: demo\n    name: A\n    category: hard\n  - id: demo\n    name: B\n    category: hard\n";

        var result = SkillCatalogParser.Parse(yaml);

        Assert.Equal("A", Assert.Single(result.Skills).Name);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemSeverity.Error, 5), (problem.Severity, problem.Line ?? 0));
        Assert.Contains("line 2", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("category: medium", "hard or soft")]
    [InlineData("category: hard\n    levels:\n      5: Beyond", "outside 0–4")]
    [InlineData("category: hard\n    levels:\n      2.5: Half", "outside 0–4")]
    [InlineData("category: hard\n    levels: [a, b]", "mapping")]
    public void Parse_BadEntry_IsLeftOutWithErrorAndLine(string rest, string expected)
    {
        var yaml = $"skills:\n  - id: ok\n    name: Kept\n    category: soft\n  - id: bad\n    name: Bad\n    {rest}\n";

        var result = SkillCatalogParser.Parse(yaml);

        Assert.Equal("ok", Assert.Single(result.Skills).Id);
        var problem = Assert.Single(result.Problems);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line >= 5);
    }

    [Theory]
    [InlineData("Discovery")]
    [InlineData("cold calling")]
    [InlineData("-lead")]
    public void Parse_MalformedId_IsLeftOut(string id)
    {
        var result = SkillCatalogParser.Parse($"skills:\n  - id: {id}\n    name: N\n    category: hard\n");

        Assert.Empty(result.Skills);
        Assert.Equal(2, Assert.Single(result.Problems).Line);
    }

    [Fact]
    public void Parse_NotACatalog_Fails()
    {
        var result = SkillCatalogParser.Parse("positions:\n  - id: ae\n");

        Assert.True(result.Failed);
        Assert.Empty(result.Skills);
    }

    [Fact]
    public void Write_ThenParse_ReadsTheSameSkills()
    {
        SkillDefinition[] skills =
        [
            new("negotiation", "Negotiation: trading", SkillCategory.Hard, "Gives \"only\" what it gets back.\nAlways.",
                ["none", "#1 aware", null, "yes", "- expert"]),
            new("resilience", "Resilience", SkillCategory.Soft, null, [null, null, null, null, null]) { IsRetired = true },
        ];

        var result = SkillCatalogParser.Parse(SkillCatalogYaml.Write(skills));

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Skills.Count);
        Assert.All(skills.Zip(result.Skills), pair => Assert.True(pair.First.SameAs(pair.Second)));
    }
}
