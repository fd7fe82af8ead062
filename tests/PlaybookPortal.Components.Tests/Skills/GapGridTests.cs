using Bunit;
using PlaybookPortal.Core.Skills;
using PlaybookPortal.Core.Skills.Gaps;

namespace PlaybookPortal.Components.Tests;

public class GapGridTests : BunitContext
{
    private static readonly MatrixSkill Discovery = new("discovery", "Discovery", SkillCategory.Hard);
    private static readonly MatrixSkill Demo = new("demo", "Demo", SkillCategory.Hard);
    private static readonly MatrixSkill Listening = new("listening", "Listening", SkillCategory.Soft);
    private static readonly MatrixSkill Forecast = new("forecast", "Forecast", SkillCategory.Hard);

    private static LevelReading Reading(int level) => new(level, "Mia Manager", new DateTime(2026, 1, 2, 23, 30, 0, DateTimeKind.Utc));

    private IRenderedComponent<GapGrid> RenderGrid()
    {
        var matrix = GapMatrix.Build(
            [new MatrixRep("u1", "Anna Berg", "anna@x.test", "North", "ae"), new MatrixRep("u2", "Ben Cole", "ben@x.test", null, "ae")],
            [Discovery, Demo, Forecast, Listening],
            new Dictionary<(string, string), int> { [("ae", "discovery")] = 3, [("ae", "demo")] = 2, [("ae", "forecast")] = 4 },
            new Dictionary<(string, string), (LevelReading?, LevelReading?)>
            {
                [("u1", "discovery")] = (Reading(1), Reading(2)),
                [("u1", "demo")] = (Reading(2), null),
                [("u1", "forecast")] = (Reading(0), null),
            });
        return Render<GapGrid>(p => p
            .Add(c => c.Matrix, matrix)
            .Add(c => c.PersonUrl, r => "/skills/people/" + r.UserId)
            .Add(c => c.Zone, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")));
    }

    [Fact]
    public void GapGrid_Cells_ShowStateScaleAndValue()
    {
        var cut = RenderGrid();

        var cells = cut.FindAll("tbody tr:first-child [role=gridcell]");
        Assert.Equal(["gap-cell--gap-2", "gap-cell--met", "gap-cell--gap-4", "gap-cell--no-target"],
            cells.Select(c => c.ClassList.Single(k => k.StartsWith("gap-cell--", StringComparison.Ordinal))));
        Assert.Equal(["−2", "✓", "−4", "–"], cells.Select(c => c.QuerySelector(".gap-cell__value")!.TextContent));
        var notAssessed = cut.FindAll("tbody tr:nth-child(2) [role=gridcell]")[0];
        Assert.Contains("gap-cell--not-assessed", notAssessed.ClassList);
        Assert.Equal("n/a", notAssessed.QuerySelector(".gap-cell__value")!.TextContent);
    }

    [Fact]
    public void GapGrid_Cells_HaveAccessibleLabelsAndDetails()
    {
        var cut = RenderGrid();

        var first = cut.Find("tbody tr:first-child [role=gridcell]");
        Assert.Equal("Anna Berg, Discovery: target 3, current 1, gap 2", first.GetAttribute("aria-label"));
        Assert.Equal("Target 3 (proficient) · current 1 (aware), by Mia Manager on 2026-01-03 · self-assessed 2 (working) on 2026-01-03",
            first.QuerySelector(".gap-cell__details")!.TextContent);
        var notAssessed = cut.FindAll("tbody tr:nth-child(2) [role=gridcell]")[0];
        Assert.Equal("Ben Cole, Discovery: target 3, not assessed", notAssessed.GetAttribute("aria-label"));
        Assert.Equal("/skills/people/u1", first.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void GapGrid_Markup_IsOneGridWithASingleTabStop()
    {
        var cut = RenderGrid();

        Assert.Single(cut.FindAll("[role=grid]"));
        var stops = cut.FindAll("[tabindex='0']");
        var stop = Assert.Single(stops);
        Assert.Equal("rowheader", stop.GetAttribute("role"));
        Assert.All(cut.FindAll("a"), a => Assert.Equal("-1", a.GetAttribute("tabindex")));
        Assert.All(cut.FindAll("[role=gridcell]"), c => Assert.Equal("-1", c.GetAttribute("tabindex")));
    }

    [Fact]
    public void GapGrid_Groups_HardThenSoftWithToggleHiddenWithoutScript()
    {
        var cut = RenderGrid();

        Assert.Equal(["Hard skills", "Soft skills"], cut.FindAll("th.gap-grid__group").Select(t => t.TextContent));
        Assert.Equal("3", cut.Find("th.gap-grid__group[data-group=hard]").GetAttribute("colspan"));
        Assert.True(cut.Find("[data-gap-grid-groups]").HasAttribute("hidden"));
    }

    [Fact]
    public void GapGrid_EmptyMatrix_ShowsTheEmptyText()
    {
        var cut = Render<GapGrid>(p => p.Add(c => c.Matrix, GapMatrix.Empty).Add(c => c.EmptyText, "Nobody here."));

        cut.MarkupMatches("<p class=\"muted\">Nobody here.</p>");
    }
}
