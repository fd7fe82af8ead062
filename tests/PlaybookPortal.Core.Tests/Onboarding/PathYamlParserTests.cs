using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Core.Onboarding.Paths;

namespace PlaybookPortal.Core.Tests.Onboarding;

public class PathYamlParserTests
{
    private const string WellFormed = """
        id: new-ae
        title: New account executive
        description: The first month.
        positions: [AE, sdr]
        owner: enablement
        steps:
          - id: read-discovery
            kind: read
            title: Read the discovery guide
            playbook: process/discovery-call
            due_day: 2
          - id: shadow
            Kind: Task
            title: Shadow three calls
            due_day: 10
            required: false
          - id: assess-discovery
            kind: assessment
            title: Discovery at working level
            skill: discovery
            level: 2
            due_day: 30
        """;

    [Fact]
    public void Parse_WellFormedPath_ReadsEveryField()
    {
        var result = PathYamlParser.Parse(WellFormed, "onboarding/new-ae.yaml");

        Assert.Empty(result.Problems);
        var path = Assert.IsType<PathDefinition>(result.Path);
        Assert.Equal(("new-ae", "New account executive", "The first month."), (path.Id, path.Title, path.Description));
        Assert.Equal(["ae", "sdr"], path.Positions);
        Assert.Equal(
            [
                ("read-discovery", StepKind.Read, 2, true, "process/discovery-call", null, null, 7),
                ("shadow", StepKind.Task, 10, false, null, null, null, 12),
                ("assess-discovery", StepKind.Assessment, 30, true, null, "discovery", 2, 17),
            ],
            path.Steps.Select(s => (s.Id, s.Kind, s.DueDay, s.Required, s.Playbook, s.SkillId, s.Level, s.Line ?? 0)));
    }

    [Theory]
    [InlineData("id: p\ntitle: T\nsteps:\n  - id: a\n    kind: dance\n    title: A\n    due_day: 1\n", 5, "unknown kind 'dance'")]
    [InlineData("id: p\ntitle: T\nsteps:\n  - id: a\n    kind: task\n    title: A\n    due_day: -1\n", 7, "negative due_day")]
    [InlineData("id: p\ntitle: T\nsteps:\n  - id: a\n    kind: read\n    title: A\n    due_day: 1\n", 5, "read step without a playbook")]
    [InlineData("id: p\ntitle: T\nsteps:\n  - id: a\n    kind: assessment\n    title: A\n    skill: demo\n    due_day: 1\n", 5, "without a level")]
    [InlineData("id: p\ntitle: T\nsteps:\n  - id: a\n    kind: assessment\n    title: A\n    skill: demo\n    level: 5\n    due_day: 1\n", 8, "level 5 is outside 0–4")]
    [InlineData("id: p\ntitle: T\nsteps:\n  - id: a\n    kind: assessment\n    title: A\n    level: 2\n    due_day: 1\n", 5, "assessment step without a skill")]
    [InlineData("id: p\ntitle: T\nsteps:\n  - kind: task\n    title: A\n    due_day: 1\n", 4, "a step has no id")]
    [InlineData("id: P Q\ntitle: T\nsteps: []\n", 1, "must be lower-case letters")]
    [InlineData("title: T\nsteps: []\n", 1, "the path has no id")]
    [InlineData("id: p\ntitle: T\nsteps:\n  - id: a\n    kind: task\n    title: A\n", 4, "has no due_day")]
    [InlineData("id: p\ntitle: T\nsteps:\n  - id: a\n    kind: task\n    title: A\n    due_day: soon\n", 7, "must be a whole number")]
    [InlineData("id: p\ntitle: T\nsteps: [\n", 4, "not valid YAML")]
    public void Parse_InvalidPath_ReportsLineAndMessage(string yaml, int line, string message)
    {
        var result = PathYamlParser.Parse(yaml, "onboarding/p.yaml");

        Assert.Null(result.Path);
        Assert.Contains(result.Problems, p => p.Line == line && p.Message.Contains(message, StringComparison.Ordinal));
        Assert.All(result.Problems, p => Assert.Equal("onboarding/p.yaml", p.RelativePath));
    }

    [Fact]
    public void Parse_DuplicateStepId_NamesTheFirstLine()
    {
        const string yaml = "id: p\ntitle: T\nsteps:\n  - id: a\n    kind: task\n    title: A\n    due_day: 1\n" +
            "  - id: a\n    kind: task\n    title: B\n    due_day: 2\n";

        var result = PathYamlParser.Parse(yaml);

        Assert.Null(result.Path);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(8, problem.Line);
        Assert.Contains("already used on line 4", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EveryBadStep_IsReportedNotJustTheFirst()
    {
        const string yaml = "id: p\ntitle: T\nsteps:\n  - id: a\n    kind: x\n    title: A\n    due_day: 1\n" +
            "  - id: b\n    kind: task\n    title: B\n    due_day: -3\n";

        var result = PathYamlParser.Parse(yaml);

        Assert.Equal([5, 11], result.Problems.Select(p => p.Line ?? 0));
    }
}
