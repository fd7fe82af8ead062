using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Onboarding;

/// <summary>
/// Writes paths, enrollments and completions straight into the database, so the team and cohort
/// views are tested without the path importer. Names are unique per call: the portal is shared.
/// </summary>
public sealed class TeamViewSeed(PortalFactory portal)
{
    private static readonly DateTime LongAgo = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The portal's calendar day now, as the pages count it.</summary>
    public DateOnly Today => portal.Services.GetRequiredService<PortalClock>().Today;

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>A shared path of required task steps <c>s1</c>, <c>s2</c>… due on the given days.</summary>
    public async Task<string> PathAsync(string title, params int[] dueDays)
    {
        var id = Unique("path");
        await portal.WithDbAsync(async db =>
        {
            db.OnboardingPaths.Add(new OnboardingPath
            {
                Id = id, Title = title, SourceText = "", UpdatedUtc = LongAgo,
                Steps = dueDays.Select((day, i) => new OnboardingStep
                {
                    PathId = id, StepId = $"s{i + 1}", Order = i, Kind = StepKind.Task,
                    Title = $"Step {i + 1} of {title}", DueDay = day, AddedUtc = LongAgo,
                }).ToList(),
            });
            await db.SaveChangesAsync();
        });
        return id;
    }

    public async Task<PortalUser> UserAsync(string name, PermissionRole role, string? team)
    {
        var user = await portal.CreateUserAsync(
            $"{Unique("u")}@test.local", "a-long-test-password", role, teamName: team);
        await portal.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, name)));
        return user;
    }

    /// <summary>A manager signed in who leads every team named.</summary>
    public async Task<SignedInClient> ManagerOfAsync(params string[] teams)
    {
        var email = $"{Unique("manager")}@test.local";
        var manager = await portal.CreateUserAsync(email, "a-long-test-password", PermissionRole.Manager);
        await portal.WithDbAsync(async db =>
        {
            foreach (var name in teams)
            {
                var team = await db.Teams.FirstAsync(t => t.Name == name);
                db.TeamManagers.Add(new TeamManager { TeamId = team.Id, UserId = manager.Id });
            }

            await db.SaveChangesAsync();
        });
        return await portal.SignInAsync(email, "a-long-test-password");
    }

    /// <summary>
    /// Enrolls the user from <paramref name="start"/>; <paramref name="done"/> maps step ids to
    /// the local day (noon UTC) they were ticked.
    /// </summary>
    public async Task<long> EnrollAsync(
        string userId, string pathId, DateOnly start, params (string StepId, DateOnly On)[] done)
    {
        long id = 0;
        await portal.WithDbAsync(async db =>
        {
            var steps = await db.OnboardingSteps.Where(s => s.PathId == pathId).ToDictionaryAsync(s => s.StepId);
            var enrollment = new Enrollment
            {
                UserId = userId, PathId = pathId, StartDate = start,
                EnrolledUtc = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                Completions = done.Select(d => new StepCompletion
                {
                    StepKey = steps[d.StepId].Key, CompletedByUserId = userId, CompletedByName = "seed",
                    CompletedUtc = d.On.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
                }).ToList(),
            };
            db.Enrollments.Add(enrollment);
            await db.SaveChangesAsync();
            id = enrollment.Id;
        });
        return id;
    }
}
