using PlaybookPortal.Core.Skills.Gaps;
using static PlaybookPortal.Core.Tests.Skills.GapMatrixTests;

namespace PlaybookPortal.Core.Tests.Skills;

public sealed class TrainingPrioritiesTests
{
    private static GapMatrix Matrix(Dictionary<(string, string), int> targets,
        Dictionary<(string, string), (LevelReading?, LevelReading?)> readings) =>
        GapMatrix.Build([Rep("anna"), Rep("ben"), Rep("cleo", position: "sdr")], [Discovery, Demo, Listening],
            targets, readings);

    [Fact]
    public void Rank_MoreRepsBelowTarget_ComesFirstEvenWithSmallerSum()
    {
        var matrix = Matrix(
            new() { [("ae", "discovery")] = 2, [("ae", "demo")] = 4 },
            new()
            {
                [("anna", "discovery")] = (Reading(1), null), [("ben", "discovery")] = (Reading(1), null),
                [("anna", "demo")] = (Reading(0), null), [("ben", "demo")] = (Reading(4), null),
            });

        var ranked = TrainingPriorities.Rank(matrix);

        Assert.Equal(["discovery", "demo"], ranked.Select(p => p.Skill.Id));
        Assert.Equal((2, 2), (ranked[0].BelowTarget, ranked[0].GapSum));
        Assert.Equal((1, 4), (ranked[1].BelowTarget, ranked[1].GapSum));
    }

    [Fact]
    public void Rank_SameCount_LargerSumFirstThenName()
    {
        var matrix = Matrix(
            new() { [("ae", "discovery")] = 2, [("ae", "demo")] = 2, [("ae", "listening")] = 3 },
            new()
            {
                [("anna", "discovery")] = (Reading(1), null),
                [("anna", "demo")] = (Reading(1), null),
                [("anna", "listening")] = (Reading(0), null),
            });

        var ranked = TrainingPriorities.Rank(matrix);

        Assert.Equal(["listening", "demo", "discovery"], ranked.Select(p => p.Skill.Id));
    }

    [Fact]
    public void Rank_NotAssessed_CountedApartAndLeftOutOfSum()
    {
        var matrix = Matrix(
            new() { [("ae", "discovery")] = 3, [("sdr", "discovery")] = 1 },
            new() { [("anna", "discovery")] = (Reading(1), null), [("ben", "discovery")] = (null, Reading(0)) });

        var priority = Assert.Single(TrainingPriorities.Rank(matrix));

        Assert.Equal(1, priority.BelowTarget);
        Assert.Equal(2, priority.GapSum);
        Assert.Equal(2, priority.NotAssessed);
        Assert.Equal(3, priority.WithTarget);
    }

    [Fact]
    public void Rank_SkillWithoutAnyTarget_IsLeftOut()
    {
        var matrix = Matrix(new() { [("ae", "demo")] = 1 }, new());

        Assert.Equal(["demo"], TrainingPriorities.Rank(matrix).Select(p => p.Skill.Id));
    }
}
