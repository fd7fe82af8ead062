using Bunit;
using PlaybookPortal.Core.Onboarding;

namespace PlaybookPortal.Components.Tests;

public class TeamTableTests : BunitContext
{
    private static readonly TeamTableRow Behind = new(
        7, "Ada <Lovelace>", "/onboarding/enrollments/7", "North", "AE ramp",
        new DateOnly(2026, 11, 2), 25, 60, 3, new DateOnly(2026, 12, 20), false, EnrollmentStatus.Behind);

    private static readonly TeamTableRow Finished = new(
        9, "Bo", "/onboarding/enrollments/9", null, "SDR ramp",
        new DateOnly(2026, 10, 1), 100, 100, 0, new DateOnly(2026, 11, 3), true, EnrollmentStatus.Finished);

    [Fact]
    public void TeamTable_Rows_ShowFiguresLinksAndStatusWords()
    {
        var cut = RenderTable([Behind, Finished], TeamSort.Rep, descending: false);

        var rows = cut.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        rows[0].MarkupMatches(
            """
            <tr>
              <th scope="row"><a href="/onboarding/enrollments/7">Ada &lt;Lovelace&gt;</a></th>
              <td>North</td>
              <td>AE ramp</td>
              <td><time datetime="2026-11-02">2026-11-02</time></td>
              <td class="team-table-percent"><progress max="100" value="25" aria-hidden="true"></progress><span>25 %</span></td>
              <td class="team-table-number">60 %</td>
              <td class="team-table-number team-table-behind">-35</td>
              <td class="team-table-number">3</td>
              <td><time datetime="2026-12-20">2026-12-20</time><span class="muted">planned</span></td>
              <td><span class="team-status team-status--behind">Behind</span></td>
            </tr>
            """);
        Assert.Equal("No team", rows[1].QuerySelectorAll("td")[0].TextContent);
        Assert.Equal("finished", rows[1].QuerySelector(".muted")!.TextContent);
        Assert.Equal("Finished", rows[1].QuerySelector(".team-status")!.TextContent);
        Assert.Equal("0", rows[1].QuerySelectorAll(".team-table-number")[1].TextContent);
    }

    [Fact]
    public void TeamTable_SortedColumn_CarriesAriaSortAndTogglesDirection()
    {
        var cut = RenderTable([Behind], TeamSort.Percent, descending: true);

        var sorted = Assert.Single(cut.FindAll("th[aria-sort]"));
        Assert.Equal("descending", sorted.GetAttribute("aria-sort"));
        Assert.Equal("?sort=Percent&desc=False", sorted.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Done ▼", sorted.TextContent.Trim());
        var rep = cut.FindAll("thead th")[0];
        Assert.Equal("?sort=Rep&desc=False", rep.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void TeamTable_AscendingSort_NextClickSortsDescending()
    {
        var cut = RenderTable([Behind], TeamSort.Overdue, descending: false);

        var sorted = cut.Find("th[aria-sort]");
        Assert.Equal("ascending", sorted.GetAttribute("aria-sort"));
        Assert.Equal("?sort=Overdue&desc=True", sorted.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void TeamTable_NoRows_SaysSoAcrossEveryColumn()
    {
        var cut = RenderTable([], TeamSort.Rep, descending: false);

        cut.Find("tbody").MarkupMatches(
            """<tbody><tr><td colspan="10" class="muted">No enrollments match these filters.</td></tr></tbody>""");
    }

    private IRenderedComponent<TeamTable> RenderTable(
        IReadOnlyList<TeamTableRow> rows, TeamSort sort, bool descending) =>
        Render<TeamTable>(p => p
            .Add(c => c.Rows, rows)
            .Add(c => c.Sort, sort)
            .Add(c => c.Descending, descending)
            .Add(c => c.SortUrl, (column, desc) => $"?sort={column}&desc={desc}"));
}
