using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Skills;

namespace PlaybookPortal.Core.Tests.Skills;

public class SkillTargetsParserTests
{
    private static readonly HashSet<string> Positions = ["sdr", "ae"];
    private static readonly HashSet<string> Skills = ["discovery", "demo"];

    [Fact]
    public void Parse_WellFormedTargets_ReadsEveryRowWithItsLine()
    {
        const string yaml = "targets:\n  sdr:\n    discovery: 2\n  ae:\n    discovery: 3\n    demo: 4\n";

        var result = SkillTargetsParser.Parse(yaml, Positions, Skills);

        Assert.Empty(result.Problems);
        Assert.Equal(
            [("sdr", "discovery", 2, 3), ("ae", "discovery", 3, 5), ("ae", "demo", 4, 6)],
            result.Targets.Select(t => (t.PositionId, t.SkillId, t.Level, t.Line ?? 0)));
        Assert.Equal(["sdr", "ae"], result.Positions);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("-1")]
    [InlineData("2.5")]
    [InlineData("two")]
    public void Parse_LevelOutsideScale_IsAnErrorAndLeftOut(string level)
    {
        var yaml = $"targets:\n  sdr:\n    discovery: {level}\n    demo: 1\n";

        var result = SkillTargetsParser.Parse(yaml, Positions, Skills);

        Assert.Equal("demo", Assert.Single(result.Targets).SkillId);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemSeverity.Error, 3), (problem.Severity, problem.Line ?? 0));
    }

    [Fact]
    public void Parse_UnknownPositionOrSkill_WarnsAndLeavesTheRowOut()
    {
        const string yaml = "targets:\n  cfo:\n    discovery: 2\n  ae:\n    juggling: 3\n    demo: 2\n";

        var result = SkillTargetsParser.Parse(yaml, Positions, Skills);

        Assert.Equal(("ae", "demo"), (result.Targets.Single().PositionId, result.Targets.Single().SkillId));
        Assert.Equal([(2, ProblemSeverity.Warning), (5, ProblemSeverity.Warning)],
            result.Problems.Select(p => (p.Line ?? 0, p.Severity)));
    }

    [Fact]
    public void Parse_DuplicateSkillUnderAPosition_ReportsTheSecond()
    {
        const string yaml = "targets:\n  ae:\n    demo: 2\n    demo: 3\n";

        var result = SkillTargetsParser.Parse(yaml, Positions, Skills);

        Assert.Equal(2, Assert.Single(result.Targets).Level);
        Assert.Equal(4, Assert.Single(result.Problems).Line);
    }

    [Fact]
    public void Write_ThenParse_ReadsTheSameTargets()
    {
        SkillTargetDefinition[] targets = [new("ae", "demo", 3), new("ae", "discovery", 4), new("sdr", "demo", 0)];

        var result = SkillTargetsParser.Parse(SkillTargetsYaml.Write(targets), Positions, Skills);

        Assert.Empty(result.Problems);
        Assert.Equal(targets, result.Targets.Select(t => t with { Line = null }));
    }
}
