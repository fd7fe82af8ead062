using PlaybookPortal.Core.Skills.Gaps;
using static PlaybookPortal.Core.Tests.Skills.GapMatrixTests;

namespace PlaybookPortal.Core.Tests.Skills;

public sealed class TrainingPlanTests
{
    [Fact]
    public void For_Rep_GapsLargestFirstMetAndUntargetedLeftOut()
    {
        var matrix = GapMatrix.Build([Rep("anna")], [Discovery, Demo, Listening],
            new Dictionary<(string, string), int> { [("ae", "discovery")] = 2, [("ae", "demo")] = 4, [("ae", "listening")] = 1 },
            new Dictionary<(string, string), (LevelReading?, LevelReading?)>
            {
                [("anna", "discovery")] = (Reading(1), null),
                [("anna", "demo")] = (Reading(1), null),
                [("anna", "listening")] = (Reading(3), null),
            });

        var plan = TrainingPlan.For(matrix, 0);

        Assert.Equal(["demo", "discovery"], plan.Gaps.Select(g => g.Skill.Id));
        Assert.Equal([3, 1], plan.Gaps.Select(g => g.Gap!.Value));
        Assert.Empty(plan.NotAssessed);
    }

    [Fact]
    public void For_TargetWithoutAssessment_ListedApart()
    {
        var matrix = GapMatrix.Build([Rep("anna")], [Discovery],
            new Dictionary<(string, string), int> { [("ae", "discovery")] = 2 },
            new Dictionary<(string, string), (LevelReading?, LevelReading?)>());

        var plan = TrainingPlan.For(matrix, 0);

        Assert.Empty(plan.Gaps);
        var entry = Assert.Single(plan.NotAssessed);
        Assert.Null(entry.Gap);
    }
}
