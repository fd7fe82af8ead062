using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Onboarding;

[Collection(SharedPortal.Name)]
public sealed class TeamViewTests(PortalFactory portal)
{
    private readonly TeamViewSeed _seed = new(portal);

    [Fact]
    public async Task Team_Rep_IsSentToTheirOwnOnboardingAndGetsNoCsv()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        using var page = await rep.GetAsync("/onboarding/team");
        using var csv = await rep.GetAsync("/onboarding/team?handler=csv");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/onboarding", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
    }

    [Fact]
    public async Task Team_ManagerOfTwoTeams_SeesBothButNotAThird()
    {
        var (north, south, west) = (TeamViewSeed.Unique("north"), TeamViewSeed.Unique("south"), TeamViewSeed.Unique("west"));
        var path = await _seed.PathAsync("Ramp", 0, 5);
        foreach (var (name, team) in new[] { ("Nora North", north), ("Sam South", south), ("Wes West", west) })
        {
            var user = await _seed.UserAsync(name, PermissionRole.Rep, team);
            await _seed.EnrollAsync(user.Id, path, _seed.Today);
        }

        using var manager = await _seed.ManagerOfAsync(north, south);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        var managerPage = await manager.GetPageAsync("/onboarding/team");
        var editorPage = await editor.GetPageAsync($"/onboarding/team?path={path}");

        Assert.Contains("Nora North", managerPage, StringComparison.Ordinal);
        Assert.Contains("Sam South", managerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Wes West", managerPage, StringComparison.Ordinal);
        Assert.DoesNotContain(west, managerPage, StringComparison.Ordinal);
        Assert.Equal(["Nora North", "Sam South", "Wes West"], RepNames(editorPage));
    }

    [Fact]
    public async Task Team_Filters_NarrowByTeamPathAndStatus()
    {
        var (alpha, beta) = (TeamViewSeed.Unique("alpha"), TeamViewSeed.Unique("beta"));
        var path = await _seed.PathAsync("Filters", 0, 1);
        var other = await _seed.PathAsync("Other", 0);
        var today = _seed.Today;
        var late = await _seed.UserAsync("Lena Late", PermissionRole.Rep, alpha);
        var done = await _seed.UserAsync("Dora Done", PermissionRole.Rep, alpha);
        var elsewhere = await _seed.UserAsync("Bert Beta", PermissionRole.Rep, beta);
        await _seed.EnrollAsync(late.Id, path, today.AddDays(-10));
        await _seed.EnrollAsync(done.Id, path, today.AddDays(-10), ("s1", today.AddDays(-10)), ("s2", today.AddDays(-9)));
        await _seed.EnrollAsync(elsewhere.Id, other, today);
        using var manager = await _seed.ManagerOfAsync(alpha, beta);
        var teamId = Regex.Match(await manager.GetPageAsync("/onboarding/team"),
            $"<option value=\"(\\d+)\"[^>]*>{alpha}</option>").Groups[1].Value;

        var byTeam = RepNames(await manager.GetPageAsync($"/onboarding/team?team={teamId}"));
        var byPath = RepNames(await manager.GetPageAsync($"/onboarding/team?path={other}"));
        var behind = RepNames(await manager.GetPageAsync("/onboarding/team?status=behind"));
        var finished = RepNames(await manager.GetPageAsync("/onboarding/team?status=finished"));

        Assert.Equal(["Dora Done", "Lena Late"], byTeam);
        Assert.Equal(["Bert Beta"], byPath);
        Assert.Equal(["Lena Late"], behind);
        Assert.Equal(["Dora Done"], finished);
    }

    [Fact]
    public async Task Team_SortByPercentDescending_OrdersRowsAndMarksTheHeader()
    {
        var path = await _seed.PathAsync("Sorting", 0, 0, 0, 30);
        var today = _seed.Today;
        var team = TeamViewSeed.Unique("sort");
        foreach (var (name, steps) in new[] { ("Anna", 1), ("Ben", 3), ("Cleo", 0) })
        {
            var user = await _seed.UserAsync(name, PermissionRole.Rep, team);
            await _seed.EnrollAsync(user.Id, path, today,
                Enumerable.Range(1, steps).Select(i => ($"s{i}", today)).ToArray());
        }

        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        var page = await editor.GetPageAsync($"/onboarding/team?path={path}&sort=percent&dir=desc");

        Assert.Equal(["Ben", "Anna", "Cleo"], RepNames(page));
        var header = new HtmlParser().ParseDocument(page).QuerySelector("th[aria-sort]")!;
        Assert.Equal("descending", header.GetAttribute("aria-sort"));
        Assert.Contains("sort=percent", header.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.DoesNotContain("dir=desc", header.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("75 %", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Team_RowLinksToTheEnrollmentDetail()
    {
        var path = await _seed.PathAsync("Links", 3);
        var user = await _seed.UserAsync("Lia Link", PermissionRole.Rep, TeamViewSeed.Unique("links"));
        var id = await _seed.EnrollAsync(user.Id, path, _seed.Today);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        var page = await editor.GetPageAsync($"/onboarding/team?path={path}");

        Assert.Matches($"<a [^>]*href=\"/onboarding/enrollments/{id}\"[^>]*>Lia Link</a>", page);
    }

    internal static IReadOnlyList<string> RepNames(string page) =>
        new HtmlParser().ParseDocument(page)
            .QuerySelectorAll(".team-table tbody th[scope=row]")
            .Select(th => th.TextContent.Trim())
            .ToList();
}
