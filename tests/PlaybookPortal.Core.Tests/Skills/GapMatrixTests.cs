using PlaybookPortal.Core.Skills;
using PlaybookPortal.Core.Skills.Gaps;

namespace PlaybookPortal.Core.Tests.Skills;

public sealed class GapMatrixTests
{
    internal static readonly MatrixSkill Discovery = new("discovery", "Discovery", SkillCategory.Hard);
    internal static readonly MatrixSkill Demo = new("demo", "Demo", SkillCategory.Hard);
    internal static readonly MatrixSkill Listening = new("listening", "Listening", SkillCategory.Soft);

    internal static MatrixRep Rep(string id, string? position = "ae") => new(id, id, id + "@x.test", "Team", position);

    internal static LevelReading Reading(int level) => new(level, "Mia Manager", new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void Build_TargetAndAssessment_CellHoldsGapAndReadings()
    {
        var self = Reading(3);

        var matrix = GapMatrix.Build([Rep("anna")], [Discovery, Demo],
            new Dictionary<(string, string), int> { [("ae", "discovery")] = 3 },
            new Dictionary<(string, string), (LevelReading?, LevelReading?)> { [("anna", "discovery")] = (Reading(1), self) });

        var cell = matrix.Cell(0, 0);
        Assert.Equal(new SkillGap(3, 1), cell.Gap);
        Assert.Equal(2, cell.Gap.Gap);
        Assert.Same(self, cell.Self);
        Assert.Equal(new SkillGap(null, null), matrix.Cell(0, 1).Gap);
    }

    [Fact]
    public void Build_OnlySelfAssessed_CountsAsNotAssessed()
    {
        var matrix = GapMatrix.Build([Rep("anna")], [Discovery],
            new Dictionary<(string, string), int> { [("ae", "discovery")] = 3 },
            new Dictionary<(string, string), (LevelReading?, LevelReading?)> { [("anna", "discovery")] = (null, Reading(4)) });

        Assert.False(matrix.Cell(0, 0).Gap.IsAssessed);
        Assert.Null(matrix.Cell(0, 0).Gap.Gap);
    }

    [Fact]
    public void Build_RepWithoutPosition_HasNoTargets()
    {
        var matrix = GapMatrix.Build([Rep("anna", position: null)], [Discovery],
            new Dictionary<(string, string), int> { [("ae", "discovery")] = 3 },
            new Dictionary<(string, string), (LevelReading?, LevelReading?)> { [("anna", "discovery")] = (Reading(0), null) });

        Assert.False(matrix.Cell(0, 0).Gap.HasTarget);
        Assert.True(matrix.Cell(0, 0).Gap.IsAssessed);
    }

    [Fact]
    public void Constructor_WrongCellCount_Throws()
    {
        Assert.Throws<ArgumentException>(() => new GapMatrix([Rep("a")], [Discovery, Demo], new GapCell[1]));
    }
}
