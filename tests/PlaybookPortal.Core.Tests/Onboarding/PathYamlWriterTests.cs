using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Core.Onboarding.Paths;

namespace PlaybookPortal.Core.Tests.Onboarding;

public class PathYamlWriterTests
{
    [Fact]
    public void Write_ThenParse_GivesTheSamePath()
    {
        var path = new PathDefinition("new-ae", "New AE: week one", "Line one\n\n  indented: line two\nend #3",
            ["ae", "sdr"],
            [
                new PathStepDefinition("read", StepKind.Read, "Read \"this\"", null, 0, true, "process/sales-process", null, null),
                new PathStepDefinition("yes", StepKind.Task, "yes", "- starts like a list", 3, false, null, null, null),
                new PathStepDefinition("ok", StepKind.Signoff, "Manager: sign-off", "first\n   deeper\nlast", 7, true, null, null, null),
                new PathStepDefinition("lvl", StepKind.Assessment, "Demo", null, 30, true, null, "demo", 0),
            ]);

        var text = PathYamlWriter.Write(path);
        var read = PathYamlParser.Parse(text);

        Assert.Empty(read.Problems);
        Assert.Equal((path.Id, path.Title, path.Description), (read.Path!.Id, read.Path.Title, read.Path.Description));
        Assert.Equal(path.Positions, read.Path.Positions);
        Assert.Equal(path.Steps, read.Path.Steps.Select(s => s with { Line = null }));
    }

    [Fact]
    public void Write_NoSteps_WritesAnEmptyListThatParses()
    {
        var text = PathYamlWriter.Write(new PathDefinition("p", "T", null, [], []));

        Assert.Equal("id: p\ntitle: T\npositions: []\nsteps: []\n", text);
        Assert.True(PathYamlParser.Parse(text).IsValid);
    }

    [Fact]
    public void Write_ReadStep_LeavesOutSkillAndLevel()
    {
        var step = new PathStepDefinition("s", StepKind.Read, "S", null, 1, true, "a/b", "demo", 2);

        var text = PathYamlWriter.Write(new PathDefinition("p", "T", null, [], [step]));

        Assert.DoesNotContain("skill", text, StringComparison.Ordinal);
        Assert.Contains("    playbook: a/b\n", text, StringComparison.Ordinal);
    }
}
