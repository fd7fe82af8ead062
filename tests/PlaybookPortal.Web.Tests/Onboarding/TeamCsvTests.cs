using System.Net;
using System.Text;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Onboarding;

[Collection(SharedPortal.Name)]
public sealed class TeamCsvTests(PortalFactory portal)
{
    private readonly TeamViewSeed _seed = new(portal);

    [Fact]
    public async Task TeamCsv_FilteredView_WritesIsoDatesNumbersAndGuardsFormulas()
    {
        var path = await _seed.PathAsync("Csv path", 0, 4);
        var today = _seed.Today;
        var team = TeamViewSeed.Unique("csv");
        var rep = await _seed.UserAsync("=cmd", PermissionRole.Rep, team);
        await _seed.EnrollAsync(rep.Id, path, today.AddDays(-2), ("s1", today.AddDays(-2)));
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        using var response = await editor.GetAsync($"/onboarding/team?handler=csv&path={path}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"team-onboarding-{today:yyyy-MM-dd}.csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        Assert.Equal("rep,email,team,path,start_date,percent_done,expected_percent,behind_ahead,"
            + "overdue_steps,planned_finish,finished_on,status", lines[0]);
        Assert.Equal($"'=cmd,{rep.Email},{team},Csv path,{today.AddDays(-2):yyyy-MM-dd},50,50,0,0,"
            + $"{today.AddDays(2):yyyy-MM-dd},,On track", lines[1]);
        Assert.Equal([""], lines[2..]);
    }

    [Fact]
    public async Task TeamCsv_Manager_ExportsOnlyTheirTeams()
    {
        var path = await _seed.PathAsync("Csv scope", 1);
        var (mine, theirs) = (TeamViewSeed.Unique("mine"), TeamViewSeed.Unique("theirs"));
        var visible = await _seed.UserAsync("Vic Visible", PermissionRole.Rep, mine);
        var hidden = await _seed.UserAsync("Hal Hidden", PermissionRole.Rep, theirs);
        await _seed.EnrollAsync(visible.Id, path, _seed.Today);
        await _seed.EnrollAsync(hidden.Id, path, _seed.Today);
        using var manager = await _seed.ManagerOfAsync(mine);

        var text = await manager.Http.GetStringAsync(new Uri($"/onboarding/team?handler=csv&path={path}", UriKind.Relative));

        Assert.Contains("Vic Visible", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hal Hidden", text, StringComparison.Ordinal);
    }
}
