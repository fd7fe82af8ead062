using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Skills;

[Collection(SharedPortal.Name)]
public sealed class TrainingPlanPageTests(PortalFactory portal)
{
    private static string Playbook(string title, string skill, string? audience = null) =>
        $"---\ntitle: {title}\n{(audience is null ? "" : $"audience: [{audience}]\n")}skills: [{skill}]\n---\nHow to do it well.\n";

    private async Task<(string Skill, string Open, string Hidden)> SkillWithPlaybooksAsync(string name)
    {
        var skill = await SkillSeed.SkillAsync(portal, name, "sdr", 3);
        var open = PlaybookWrites.NewSlug("plan");
        var hidden = PlaybookWrites.NewSlug("plan");
        await PlaybookWrites.CreateAsync(portal, open, Playbook("Open " + name, skill));
        await PlaybookWrites.CreateAsync(portal, hidden, Playbook("Managers " + name, skill, "manager"));
        return (skill, open, hidden);
    }

    [Fact]
    public async Task Plan_Own_ListsGapWithOnlyPlaybooksTheRepMayRead()
    {
        var (skill, open, hidden) = await SkillWithPlaybooksAsync("Plan Objections");
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep, "sdr", SkillSeed.Team());
        await SkillSeed.AssessAsync(portal, (await SkillSeed.UserAsync(portal, rep.Email)).Id, skill, 1);

        var page = await rep.GetPageAsync("/skills/plan");

        Assert.Contains("Plan Objections", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/playbooks/{open}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Make this a personal onboarding path", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Priorities_Rep_NeverLinksAPlaybookTheyMayNotRead()
    {
        var (_, open, hidden) = await SkillWithPlaybooksAsync("Prio Listening");
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep, "sdr", SkillSeed.Team());

        var page = await rep.GetPageAsync("/skills/priorities");

        Assert.Contains("Prio Listening", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/playbooks/{open}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_OfSomeoneElse_RepAndForeignManagerGet404()
    {
        using var target = await portal.SignInNewUserAsync(PermissionRole.Rep, "sdr", SkillSeed.Team());
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep, "sdr", SkillSeed.Team());
        using var manager = await portal.SignInNewUserAsync(PermissionRole.Manager, "ae");
        await SkillSeed.LeadAsync(portal, manager.Email, SkillSeed.Team());
        var id = (await SkillSeed.UserAsync(portal, target.Email)).Id;

        using var asRep = await rep.GetAsync("/skills/plan/" + id);
        using var asManager = await manager.GetAsync("/skills/plan/" + id);
        using var unknown = await manager.GetAsync("/skills/plan/no-such-user");

        Assert.Equal(HttpStatusCode.NotFound, asRep.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asManager.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task MakePath_Manager_CreatesPersonalPathEnrollsRepAndExportSkipsIt()
    {
        var team = SkillSeed.Team();
        var (skill, open, _) = await SkillWithPlaybooksAsync("Path Negotiation");
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep, "sdr", team);
        using var manager = await portal.SignInNewUserAsync(PermissionRole.Manager, "ae");
        await SkillSeed.LeadAsync(portal, manager.Email, team);
        var user = await SkillSeed.UserAsync(portal, rep.Email);
        await SkillSeed.AssessAsync(portal, user.Id, skill, 0);

        using var response = await manager.PostFormAsync("/skills/plan/" + user.Id, new Dictionary<string, string>(), "MakePath");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/onboarding/enrollments/", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await portal.WithDbAsync(async db =>
        {
            var enrollment = await db.Enrollments.Include(e => e.Path!).ThenInclude(p => p.Steps)
                .SingleAsync(e => e.UserId == user.Id);
            var path = enrollment.Path!;
            Assert.Equal(user.Id, path.PersonalForUserId);
            Assert.StartsWith("plan-" + rep.Email.Split('@')[0], path.Id, StringComparison.Ordinal);
            Assert.Equal("Training plan for " + user.DisplayName, path.Title);
            var read = Assert.Single(path.Steps, s => s.Kind == StepKind.Read && s.PlaybookRef == open);
            var assess = Assert.Single(path.Steps, s => s.Kind == StepKind.Assessment && s.SkillId == skill);
            Assert.Equal(3, assess.Level);
            Assert.True(read.DueDay < assess.DueDay);
        });

        var folder = Path.Combine(portal.Root, "export-" + Guid.NewGuid().ToString("N"));
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var exporter = scope.ServiceProvider.GetRequiredService<Data.Exporting.ContentExporter>();
            await exporter.ExportAsync(folder, new Core.Exporting.ExportOptions(false), CancellationToken.None);
        }

        Assert.DoesNotContain(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories),
            file => File.ReadAllText(file).Contains("Training plan for", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MakePath_Rep_OnOwnPlan_Gets404()
    {
        var skill = await SkillSeed.SkillAsync(portal, "Self Path", "sdr", 2);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep, "sdr", SkillSeed.Team());
        var user = await SkillSeed.UserAsync(portal, rep.Email);
        await SkillSeed.AssessAsync(portal, user.Id, skill, 0);

        using var response = await rep.PostFormAsync("/skills/plan", new Dictionary<string, string>(), "MakePath");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
