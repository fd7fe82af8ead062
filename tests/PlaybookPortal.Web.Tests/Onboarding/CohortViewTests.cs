using System.Net;
using System.Text;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Onboarding;

[Collection(SharedPortal.Name)]
public sealed class CohortViewTests(PortalFactory portal)
{
    private readonly TeamViewSeed _seed = new(portal);

    [Fact]
    public async Task Cohort_Manager_SeesTheirRepsByStartMonthWithMedianAndLateSteps()
    {
        var path = await _seed.PathAsync("Cohort path", 0, 2);
        var today = _seed.Today;
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var (mine, theirs) = (TeamViewSeed.Unique("cohort"), TeamViewSeed.Unique("hidden"));
        var quick = await _seed.UserAsync("Quinn Quick", PermissionRole.Rep, mine);
        var slow = await _seed.UserAsync("Sid Slow", PermissionRole.Rep, mine);
        var hidden = await _seed.UserAsync("Hana Hidden", PermissionRole.Rep, theirs);
        await _seed.EnrollAsync(quick.Id, path, lastMonth, ("s1", lastMonth), ("s2", lastMonth.AddDays(4)));
        await _seed.EnrollAsync(slow.Id, path, lastMonth.AddDays(1));
        await _seed.EnrollAsync(hidden.Id, path, lastMonth);
        using var manager = await _seed.ManagerOfAsync(mine);

        var page = await manager.GetPageAsync($"/onboarding/cohorts/{path}");
        var index = await manager.GetPageAsync("/onboarding/cohorts");

        Assert.Contains($"Started {lastMonth:MMMM yyyy}", page, StringComparison.Ordinal);
        Assert.Contains("Quinn Quick", page, StringComparison.Ordinal);
        Assert.Contains("Sid Slow", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Hana Hidden", page, StringComparison.Ordinal);
        Assert.Matches("<dd[^>]*>1 of 2</dd>", page);
        Assert.Matches("<dd[^>]*>4</dd>", page);
        Assert.Matches("Step 2 of Cohort path <span [^>]*>2</span>", page);
        Assert.Matches("Step 1 of Cohort path <span [^>]*>1</span>", page);
        Assert.Contains($"href=\"/onboarding/cohorts/{path}\"", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cohort_NobodyFinished_SaysSo()
    {
        var path = await _seed.PathAsync("Unfinished", 30);
        var rep = await _seed.UserAsync("Una", PermissionRole.Rep, TeamViewSeed.Unique("una"));
        await _seed.EnrollAsync(rep.Id, path, _seed.Today);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        var page = await editor.GetPageAsync($"/onboarding/cohorts/{path}");

        Assert.Contains("no one finished yet", page, StringComparison.Ordinal);
        Assert.Matches("<dd[^>]*>0 of 1</dd>", page);
    }

    [Fact]
    public async Task Cohort_RepOrUnknownPath_IsNotFound()
    {
        var path = await _seed.PathAsync("Hidden from reps", 1);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        using var repPage = await rep.GetAsync($"/onboarding/cohorts/{path}");
        using var repIndex = await rep.GetAsync("/onboarding/cohorts");
        using var unknown = await editor.GetAsync("/onboarding/cohorts/no-such-path");

        Assert.Equal(HttpStatusCode.NotFound, repPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, repIndex.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task CohortCsv_WritesOneRowPerRepWithDaysToFinishAndGuardsFormulas()
    {
        var path = await _seed.PathAsync("Cohort csv", 0);
        var today = _seed.Today;
        var start = today.AddDays(-3);
        var rep = await _seed.UserAsync("@sum", PermissionRole.Rep, TeamViewSeed.Unique("csv"));
        await _seed.EnrollAsync(rep.Id, path, start, ("s1", today));
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        using var response = await editor.GetAsync($"/onboarding/cohorts/{path}?handler=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"cohorts-{path}-{today:yyyy-MM-dd}.csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        Assert.Equal("cohort,rep,email,team,start_date,percent_done,overdue_steps,status,finished_on,days_to_finish", lines[0]);
        Assert.StartsWith($"{start:yyyy-MM},'@sum,{rep.Email},", lines[1], StringComparison.Ordinal);
        Assert.EndsWith($",{start:yyyy-MM-dd},100,0,Finished,{today:yyyy-MM-dd},3", lines[1], StringComparison.Ordinal);
    }
}
