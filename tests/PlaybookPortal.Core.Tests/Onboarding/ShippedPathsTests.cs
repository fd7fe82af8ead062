using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Core.Onboarding.Paths;
using PlaybookPortal.Core.Positions;

namespace PlaybookPortal.Core.Tests.Onboarding;

/// <summary>The paths shipped in <c>content/onboarding</c> hold together with the starter playbooks.</summary>
public class ShippedPathsTests
{
    private static readonly string[] SharedSkillIds =
    [
        "discovery", "qualification", "prospecting", "cold-calling", "demo", "objection-handling", "negotiation",
        "closing", "value-selling", "account-planning", "pipeline-management", "forecasting", "crm-hygiene",
        "territory-planning", "data-analysis", "reporting", "process-design", "listening", "written-communication",
        "resilience", "time-management", "stakeholder-management", "coaching", "collaboration",
    ];

    public static TheoryData<string> PathFiles => new(
        "new-account-executive.yaml", "new-sales-development-rep.yaml", "new-sales-ops-analyst.yaml");

    [Theory]
    [MemberData(nameof(PathFiles))]
    public void ShippedPath_Parses_WithEightToFourteenStepsOfMixedKinds(string file)
    {
        var result = PathYamlParser.Parse(File.ReadAllText(Path.Combine(ContentRoot(), "onboarding", file)), file);

        Assert.Empty(result.Problems);
        var path = result.Path!;
        Assert.Equal(Path.GetFileNameWithoutExtension(file), path.Id);
        Assert.InRange(path.Steps.Count, 8, 14);
        Assert.InRange(path.Steps.Max(s => s.DueDay), 30, 60);
        Assert.Equal(Enum.GetValues<StepKind>().Order(), path.Steps.Select(s => s.Kind).Distinct().Order());
        Assert.All(path.Steps.Where(s => s.Kind == StepKind.Assessment), s => Assert.Contains(s.SkillId, SharedSkillIds));
    }

    [Theory]
    [MemberData(nameof(PathFiles))]
    public void ShippedPath_ReadSteps_NameStarterPlaybooksItsPositionsMayRead(string file)
    {
        var root = ContentRoot();
        var path = PathYamlParser.Parse(File.ReadAllText(Path.Combine(root, "onboarding", file))).Path!;
        var positions = PositionCatalogParser.Parse(File.ReadAllText(Path.Combine(root, "positions.yaml")))
            .Positions.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(path.Positions, p => Assert.Contains(p, positions));
        foreach (var step in path.Steps.Where(s => s.Kind == StepKind.Read))
        {
            var playbook = Path.Combine(root, "playbooks", step.Playbook + ".md");
            Assert.True(File.Exists(playbook), $"{step.Id} reads {step.Playbook}, which is not a starter playbook");
            var fields = FrontMatterParser.Parse(File.ReadAllText(playbook)).Fields;
            var audience = AudienceParser.Parse(fields.Audience, positions).Audience;
            Assert.All(path.Positions, position => Assert.True(
                AudienceRules.CanRead(new Reader("", PermissionRole.Rep, position), audience, fields.Status),
                $"{step.Id}: a rep in {position} may not read {step.Playbook}"));
        }
    }

    private static string ContentRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "content");
            if (Directory.Exists(Path.Combine(candidate, "onboarding")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("content/onboarding not found above the test's folder");
    }
}
