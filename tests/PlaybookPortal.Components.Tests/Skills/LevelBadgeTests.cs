using Bunit;

namespace PlaybookPortal.Components.Tests;

public class LevelBadgeTests : BunitContext
{
    [Fact]
    public void LevelBadge_Assessed_ShowsNumberAndName()
    {
        var cut = Render<LevelBadge>(p => p.Add(c => c.Level, 2));

        cut.MarkupMatches(
            """
            <span class="level-badge level-badge--2" title="Level 2 of 4"><span class="level-badge__number">2</span> working</span>
            """);
    }

    [Fact]
    public void LevelBadge_LevelZero_IsNoneNotNotAssessed()
    {
        var cut = Render<LevelBadge>(p => p.Add(c => c.Level, 0));

        Assert.Equal("0 none", cut.Find("span").TextContent);
        Assert.DoesNotContain("level-badge--none", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void LevelBadge_NotAssessed_IsDistinctAndHasNoNumber()
    {
        var cut = Render<LevelBadge>(p => p.Add(c => c.Level, null));

        var badge = cut.Find("span");
        Assert.Equal("not assessed", badge.TextContent);
        Assert.Contains("level-badge--none", badge.ClassList);
        Assert.Empty(cut.FindAll(".level-badge__number"));
    }

    [Fact]
    public void LevelBadge_WithMeaning_ExplainsItInTitle()
    {
        var cut = Render<LevelBadge>(p => p.Add(c => c.Level, 4).Add(c => c.Meaning, "Coaches others"));

        Assert.Equal("Level 4 of 4: Coaches others", cut.Find("span").GetAttribute("title"));
    }
}
