using Bunit;
using PlaybookPortal.Core.Skills;
using PlaybookPortal.Core.Skills.Gaps;

namespace PlaybookPortal.Components.Tests;

public class PriorityListTests : BunitContext
{
    [Fact]
    public void PriorityList_Items_ShowFiguresInOrderWithPlaybookLinks()
    {
        var items = new List<PriorityListItem>
        {
            new(new SkillPriority(new MatrixSkill("demo", "Demo", SkillCategory.Hard), 3, 5, 1, 5),
                [new PriorityPlaybook("Demo basics", "/playbooks/demo-basics")]),
            new(new SkillPriority(new MatrixSkill("listening", "Listening", SkillCategory.Soft), 1, 1, 2, 4), []),
        };

        var cut = Render<PriorityList>(p => p.Add(c => c.Items, items));

        var entries = cut.FindAll("li.priority-list__item");
        Assert.Equal(["Demo", "Listening"], entries.Select(e => e.QuerySelector(".priority-list__skill")!.TextContent));
        Assert.Equal("3 of 5", entries[0].QuerySelector("[data-figure=below]")!.TextContent);
        Assert.Equal("5", entries[0].QuerySelector("[data-figure=sum]")!.TextContent);
        Assert.Equal("2", entries[1].QuerySelector("[data-figure=not-assessed]")!.TextContent);
        Assert.Equal("/playbooks/demo-basics", entries[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(entries[1].QuerySelector("a"));
    }

    [Fact]
    public void PriorityList_NoItems_ShowsTheEmptyText()
    {
        var cut = Render<PriorityList>(p => p.Add(c => c.Items, []));

        cut.MarkupMatches("<p class=\"muted\">No targets apply to the reps shown.</p>");
    }
}
