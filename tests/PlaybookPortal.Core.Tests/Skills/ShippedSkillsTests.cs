using PlaybookPortal.Core.Positions;
using PlaybookPortal.Core.Skills;

namespace PlaybookPortal.Core.Tests.Skills;

/// <summary>The starter content's skills files parse cleanly and name only known ids.</summary>
public class ShippedSkillsTests
{
    [Fact]
    public void ShippedCatalogAndTargets_ParseWithoutProblems()
    {
        var content = ContentFolder();
        var catalog = SkillCatalogParser.Parse(File.ReadAllText(Path.Combine(content, "skills", "catalog.yaml")));
        var positions = PositionCatalogParser.Parse(File.ReadAllText(Path.Combine(content, "positions.yaml")));

        var targets = SkillTargetsParser.Parse(
            File.ReadAllText(Path.Combine(content, "skills", "targets.yaml")),
            positions.Positions.Select(p => p.Id).ToHashSet(),
            catalog.Skills.Select(s => s.Id).ToHashSet());

        Assert.Empty(catalog.Problems);
        Assert.Equal(24, catalog.Skills.Count);
        Assert.All(catalog.Skills, s => Assert.All(s.Levels, Assert.NotNull));
        Assert.Empty(targets.Problems);
        Assert.True(targets.Positions.Count >= 5);
    }

    private static string ContentFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PlaybookPortal.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("No repository root"), "content");
    }
}
