using System.Text;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Csv;
using PlaybookPortal.Core.People;

namespace PlaybookPortal.Core.Tests.People;

public sealed class UserImportPlannerTests
{
    private static readonly UserImportDirectory Directory = new(
        [new ExistingUser("admin-1", "admin@x.test", PermissionRole.Admin, IsDisabled: false),
         new ExistingUser("rep-1", "rep@x.test", PermissionRole.Rep, IsDisabled: false)],
        ["ae", "sdr"],
        ["East"]);

    [Fact]
    public async Task Plan_LastActiveAdminDemoted_IsAProblemOnThatLine()
    {
        var plan = await PlanAsync("email,name,role\nrep@x.test,Rep,Rep\nadmin@x.test,Admin,Manager\n");

        var problem = Assert.Single(plan.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("leaves no admin", problem.Message, StringComparison.Ordinal);
        Assert.False(plan.IsValid);
    }

    [Fact]
    public async Task Plan_AdminDemotedWhileTheFileAddsAnother_IsValid()
    {
        var plan = await PlanAsync("email,name,role\nadmin@x.test,Admin,Manager\nnew@x.test,New,admin\n");

        Assert.True(plan.IsValid);
        Assert.Equal((1, 1), (plan.CreateCount, plan.UpdateCount));
    }

    [Fact]
    public async Task Plan_NewTeamNamedInTwoCases_IsOneNewTeamAndExistingTeamsKeepTheirSpelling()
    {
        var plan = await PlanAsync("email,name,role,team,leads_teams\n"
            + "a@x.test,A,Manager,North,north|EAST\nb@x.test,B,Rep,NORTH,\n");

        Assert.Equal(["North"], plan.NewTeams);
        Assert.Equal(["North", "North"], plan.Rows.Select(r => r.TeamName));
        Assert.Equal(["North", "East"], plan.Rows[0].LeadsTeams);
        Assert.Equal([true, true], plan.Rows.Select(r => r.IsNewTeam));
    }

    [Theory]
    [InlineData("1", "unknown role '1'")]
    [InlineData("Rep, Admin", "unknown role 'Rep, Admin'")]
    [InlineData("", "the role is empty")]
    public async Task Plan_RoleNotAName_IsRefused(string role, string message)
    {
        var plan = await PlanAsync($"email,name,role\nc@x.test,C,\"{role}\"\n");

        Assert.StartsWith(message, Assert.Single(plan.Problems).Message, StringComparison.Ordinal);
        Assert.Equal("c@x.test", Assert.Single(plan.RejectedRows).Email);
    }

    [Fact]
    public async Task Plan_UnquotedSemicolonInSemicolonFile_ExplainsHowToSeparateTeams()
    {
        var plan = await PlanAsync("email;name;role;leads_teams\nd@x.test;D;Manager;East;West\n");

        Assert.Contains("separate leads_teams with |", Assert.Single(plan.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_PositionIdInOtherCase_IsTheCatalogId()
    {
        var plan = await PlanAsync("email,name,role,position\ne@x.test,E,Rep,SDR\n");

        Assert.Equal("sdr", Assert.Single(plan.Rows).PositionId);
    }

    private static async Task<UserImportPlan> PlanAsync(string csv)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var read = await PortalCsvReader.ReadAsync(stream, [UserImportColumns.Email, UserImportColumns.Name],
            CancellationToken.None);
        return UserImportPlanner.Plan(read, Directory);
    }
}
