using System.Net;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Skills;

[Collection(SharedPortal.Name)]
public sealed class AssessmentRecordingTests(PortalFactory portal)
{
    private static string Team() => "Assess team " + Guid.NewGuid().ToString("N")[..8];

    private async Task<(SignedInClient Manager, string RepId)> ManagerAndRepAsync(string team)
    {
        using var admin = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var rep = await portal.CreateUserAsync($"rep-{Guid.NewGuid():N}@test.local", "a-long-test-password", PermissionRole.Rep, "ae", team);
        var manager = await portal.SignInNewUserAsync(PermissionRole.Manager, teamName: null);
        await portal.WithDbAsync(async db =>
        {
            var teamId = await db.Teams.Where(t => t.Name == team).Select(t => t.Id).SingleAsync();
            var managerId = await db.Users.Where(u => u.Email == manager.Email).Select(u => u.Id).SingleAsync();
            db.TeamManagers.Add(new Data.People.TeamManager { TeamId = teamId, UserId = managerId });
            await db.SaveChangesAsync();
        });
        return (manager, rep.Id);
    }

    private Task<List<Assessment>> AssessmentsOfAsync(string userId)
    {
        var result = new List<Assessment>();
        return portal.WithDbAsync(async db => result.AddRange(await db.Assessments.Where(a => a.UserId == userId).ToListAsync()))
            .ContinueWith(_ => result, TaskScheduler.Default);
    }

    [Fact]
    public async Task Person_RepOpensSomeoneElse_Is404AndOwnPageIs200()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep, "ae", Team());
        var other = await portal.CreateUserAsync($"other-{Guid.NewGuid():N}@test.local", "a-long-test-password", PermissionRole.Rep, "ae", Team());
        var ownId = "";
        await portal.WithDbAsync(async db => ownId = await db.Users.Where(u => u.Email == rep.Email).Select(u => u.Id).SingleAsync());

        using var others = await rep.GetAsync("/skills/people/" + other.Id);
        using var own = await rep.GetAsync("/skills/people/" + ownId);

        Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task Record_ManagerOfTeam_RecordsOfficialWithAssessorAndPageShowsIt()
    {
        var (manager, repId) = await ManagerAndRepAsync(Team());
        var skill = await AssessmentTestData.SkillAsync(portal, "ae");

        using var response = await manager.PostFormAsync("/skills/people/" + repId,
            new Dictionary<string, string> { ["Input.SkillId"] = skill, ["Input.Level"] = "2", ["Input.Note"] = "Good calls" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = Assert.Single(await AssessmentsOfAsync(repId));
        Assert.False(saved.IsSelfAssessment);
        Assert.Equal(2, saved.Level);
        Assert.Equal(manager.Email, saved.AssessorEmail);
        var page = await manager.GetPageAsync("/skills/people/" + repId);
        Assert.Contains("Good calls", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"level-badge__number\"", page, StringComparison.Ordinal);
        manager.Dispose();
    }

    [Fact]
    public async Task Record_ManagerOfAnotherTeam_Is404AndRecordsNothing()
    {
        var (manager, _) = await ManagerAndRepAsync(Team());
        var stranger = await portal.CreateUserAsync($"stranger-{Guid.NewGuid():N}@test.local", "a-long-test-password", PermissionRole.Rep, "ae", Team());

        using var response = await manager.GetAsync("/skills/people/" + stranger.Id);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await AssessmentsOfAsync(stranger.Id));
        manager.Dispose();
    }

    [Fact]
    public async Task Record_RepOnThemself_IsSelfAssessmentAndNotCurrentLevel()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep, "ae", Team());
        var skill = await AssessmentTestData.SkillAsync(portal, "ae");
        var repId = "";
        await portal.WithDbAsync(async db => repId = await db.Users.Where(u => u.Email == rep.Email).Select(u => u.Id).SingleAsync());

        using var response = await rep.PostFormAsync("/skills/people/" + repId,
            new Dictionary<string, string> { ["Input.SkillId"] = skill, ["Input.Level"] = "4" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(Assert.Single(await AssessmentsOfAsync(repId)).IsSelfAssessment);
        var page = await rep.GetPageAsync("/skills/people/" + repId);
        Assert.Contains("level-badge--none", page, StringComparison.Ordinal);
        Assert.Contains("(self-assessment)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_LevelOutOfScale_ShowsErrorKeepsNoteAndSavesNothing()
    {
        var (manager, repId) = await ManagerAndRepAsync(Team());
        var skill = await AssessmentTestData.SkillAsync(portal, "ae");

        using var response = await manager.PostFormAsync("/skills/people/" + repId,
            new Dictionary<string, string> { ["Input.SkillId"] = skill, ["Input.Level"] = "7", ["Input.Note"] = "typed note" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Choose a level from 0 to 4.", page, StringComparison.Ordinal);
        Assert.Contains("typed note", page, StringComparison.Ordinal);
        Assert.Empty(await AssessmentsOfAsync(repId));
        manager.Dispose();
    }

    [Fact]
    public async Task Record_ReachesAssessmentStep_TicksItFinishesEnrollmentAndALowerLevelKeepsItDone()
    {
        var (manager, repId) = await ManagerAndRepAsync(Team());
        var skill = await AssessmentTestData.SkillAsync(portal, "ae");
        var enrollmentId = await AssessmentTestData.EnrolledOnAssessmentPathAsync(portal, repId, skill, 2);
        var form = (string level) => new Dictionary<string, string> { ["Input.SkillId"] = skill, ["Input.Level"] = level };

        (await manager.PostFormAsync("/skills/people/" + repId, form("1"))).Dispose();
        var afterLow = 0;
        await portal.WithDbAsync(async db => afterLow = await db.StepCompletions.CountAsync(c => c.EnrollmentId == enrollmentId));
        (await manager.PostFormAsync("/skills/people/" + repId, form("3"))).Dispose();
        (await manager.PostFormAsync("/skills/people/" + repId, form("0"))).Dispose();

        Assert.Equal(0, afterLow);
        await portal.WithDbAsync(async db =>
        {
            var completion = await db.StepCompletions.SingleAsync(c => c.EnrollmentId == enrollmentId);
            Assert.Null(completion.WithdrawnUtc);
            Assert.StartsWith("Assessed at level 3 by ", completion.Note, StringComparison.Ordinal);
            Assert.NotNull((await db.Enrollments.SingleAsync(e => e.Id == enrollmentId)).CompletedUtc);
        });
        manager.Dispose();
    }
}
