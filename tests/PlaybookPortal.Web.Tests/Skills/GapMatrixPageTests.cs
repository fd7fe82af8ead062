using System.Net;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Skills;

[Collection(SharedPortal.Name)]
public sealed class GapMatrixPageTests(PortalFactory portal)
{
    private static string Name(SignedInClient client) => client.Email.Split('@')[0];

    [Fact]
    public async Task Matrix_Rep_SeesOnlyTheirOwnRow()
    {
        var team = SkillSeed.Team();
        using var anna = await portal.SignInNewUserAsync(PermissionRole.Rep, "ae", team);
        using var ben = await portal.SignInNewUserAsync(PermissionRole.Rep, "ae", team);

        var page = await anna.GetPageAsync("/skills/matrix");

        Assert.Contains(Name(anna), page, StringComparison.Ordinal);
        Assert.DoesNotContain(Name(ben), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matrix_Manager_SeesLedTeamsOnly_EditorSeesAll()
    {
        var led = SkillSeed.Team();
        var other = SkillSeed.Team();
        using var manager = await portal.SignInNewUserAsync(PermissionRole.Manager, "ae");
        await SkillSeed.LeadAsync(portal, manager.Email, led);
        using var inLed = await portal.SignInNewUserAsync(PermissionRole.Rep, "ae", led);
        using var inOther = await portal.SignInNewUserAsync(PermissionRole.Rep, "ae", other);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        var managerPage = await manager.GetPageAsync("/skills/matrix");
        var otherTeamId = (await SkillSeed.UserAsync(portal, inOther.Email)).TeamId;
        var editorPage = await editor.GetPageAsync($"/skills/matrix?team={otherTeamId}");

        Assert.Contains(Name(inLed), managerPage, StringComparison.Ordinal);
        Assert.DoesNotContain(Name(inOther), managerPage, StringComparison.Ordinal);
        Assert.DoesNotContain(other, managerPage, StringComparison.Ordinal);
        Assert.Contains(Name(inOther), editorPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matrix_AssessedBelowTarget_CellShowsGapAndLabel()
    {
        var skill = await SkillSeed.SkillAsync(portal, "Gap Discovery", "sdr", 3);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep, "sdr", SkillSeed.Team());
        var user = await SkillSeed.UserAsync(portal, rep.Email);
        await SkillSeed.AssessAsync(portal, user.Id, skill, 1);

        var page = await rep.GetPageAsync("/skills/matrix");

        Assert.Contains($"aria-label=\"{Name(rep)}, Gap Discovery: target 3, current 1, gap 2\"", page, StringComparison.Ordinal);
        Assert.Contains("gap-cell--gap-2", page, StringComparison.Ordinal);
        Assert.Contains("role=\"grid\"", page, StringComparison.Ordinal);
        Assert.Contains("/js/gap-grid.js", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matrix_TeamFilterOutsideTheViewersTeams_ShowsNobodyElse()
    {
        var foreign = SkillSeed.Team();
        using var stranger = await portal.SignInNewUserAsync(PermissionRole.Rep, "ae", foreign);
        using var manager = await portal.SignInNewUserAsync(PermissionRole.Manager, "ae", SkillSeed.Team());
        var teamId = (await SkillSeed.UserAsync(portal, stranger.Email)).TeamId;

        var page = await manager.GetPageAsync($"/skills/matrix?team={teamId}");

        Assert.DoesNotContain(Name(stranger), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_Editor_OneRowPerRepAndSkill_NotAssessedLeftEmpty()
    {
        var team = SkillSeed.Team();
        var assessed = await SkillSeed.SkillAsync(portal, "Csv Assessed", "sdr", 3);
        var open = await SkillSeed.SkillAsync(portal, "Csv Open", "sdr", 2);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep, "sdr", team);
        var user = await SkillSeed.UserAsync(portal, rep.Email);
        await SkillSeed.AssessAsync(portal, user.Id, assessed, 1);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        using var response = await editor.GetAsync($"/skills/matrix?handler=csv&team={user.TeamId}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = text.TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("rep_email,rep_name,team,position,skill_id,skill_name,target,current,gap,assessed_by,assessed_at_utc", lines[0]);
        var assessedRow = Assert.Single(lines, l => l.Contains(assessed, StringComparison.Ordinal));
        Assert.StartsWith($"{rep.Email},{Name(rep)},{team},sdr,{assessed},Csv Assessed,3,1,2,Mia Manager,", assessedRow, StringComparison.Ordinal);
        var openRow = Assert.Single(lines, l => l.Contains(open, StringComparison.Ordinal));
        Assert.EndsWith($"{open},Csv Open,2,,,,", openRow, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Csv_Rep_HoldsOnlyTheirOwnRows()
    {
        var team = SkillSeed.Team();
        using var anna = await portal.SignInNewUserAsync(PermissionRole.Rep, "ae", team);
        using var ben = await portal.SignInNewUserAsync(PermissionRole.Rep, "ae", team);

        using var response = await anna.GetAsync("/skills/matrix?handler=csv");
        var text = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain(ben.Email, text, StringComparison.Ordinal);
        Assert.All(text.Split("\r\n").Skip(1).Where(l => l.Length > 0),
            line => Assert.StartsWith(anna.Email + ",", line, StringComparison.Ordinal));
    }
}
