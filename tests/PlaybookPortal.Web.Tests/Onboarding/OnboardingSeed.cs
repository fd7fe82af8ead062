using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Onboarding;

/// <summary>
/// Paths and enrollments written straight to the database (the path editor and YAML import are
/// another feature), each with ids no other test uses.
/// </summary>
internal static class OnboardingSeed
{
    /// <summary>A path with a read step on <paramref name="playbookId"/> (when given), a task and a sign-off.</summary>
    public static async Task<string> PathAsync(
        PortalFactory portal, string? playbookId = null, bool archived = false, string? personalFor = null)
    {
        var id = "path-" + Guid.NewGuid().ToString("N")[..12];
        var added = DateTime.UtcNow.AddDays(-30);
        var steps = new List<OnboardingStep>
        {
            new() { StepId = "task", Order = 1, Kind = StepKind.Task, Title = "Shadow a discovery call", DueDay = 2, AddedUtc = added },
            new() { StepId = "demo", Order = 2, Kind = StepKind.Signoff, Title = "Mock demo", DueDay = 5, AddedUtc = added },
        };
        if (playbookId is not null)
        {
            steps.Insert(0, new OnboardingStep
            {
                StepId = "read", Order = 0, Kind = StepKind.Read, Title = "Read the playbook", DueDay = 1,
                PlaybookRef = playbookId, PlaybookId = playbookId, AddedUtc = added,
            });
        }

        await portal.WithDbAsync(async db =>
        {
            db.OnboardingPaths.Add(new OnboardingPath
            {
                Id = id, Title = "Path " + id, IsArchived = archived, PersonalForUserId = personalFor,
                Steps = steps, UpdatedUtc = added,
            });
            await db.SaveChangesAsync();
        });
        return id;
    }

    public static async Task<long> StepKeyAsync(PortalFactory portal, string pathId, string stepId)
    {
        long key = 0;
        await portal.WithDbAsync(async db => key = await db.OnboardingSteps
            .Where(s => s.PathId == pathId && s.StepId == stepId).Select(s => s.Key).SingleAsync());
        return key;
    }

    public static async Task<long> EnrollAsync(PortalFactory portal, string userId, string pathId, DateOnly? start = null)
    {
        long id = 0;
        await portal.WithDbAsync(async db =>
        {
            var enrollment = new Enrollment
            {
                UserId = userId, PathId = pathId, StartDate = start ?? DateOnly.FromDateTime(DateTime.UtcNow),
                EnrolledUtc = DateTime.UtcNow,
            };
            db.Enrollments.Add(enrollment);
            await db.SaveChangesAsync();
            id = enrollment.Id;
        });
        return id;
    }

    public static async Task<Reader> ReaderAsync(PortalFactory portal, string email)
    {
        Reader? reader = null;
        await portal.WithDbAsync(async db => reader = await db.Users.Where(u => u.Email == email)
            .Select(u => new Reader(u.Id, u.Role, u.PositionId)).SingleAsync());
        return reader!;
    }

    public static async Task<T> WithServiceAsync<T, TService>(PortalFactory portal, Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static async Task<Enrollment> LoadAsync(PortalFactory portal, long enrollmentId)
    {
        Enrollment? enrollment = null;
        await portal.WithDbAsync(async db => enrollment = await db.Enrollments.AsNoTracking()
            .Include(e => e.Completions).SingleAsync(e => e.Id == enrollmentId));
        return enrollment!;
    }

    public static string NewTeam() => "team-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Makes <paramref name="userId"/> a manager of <paramref name="teamName"/>.</summary>
    public static async Task LeadAsync(PortalFactory portal, string userId, string teamName)
    {
        await portal.WithDbAsync(async db =>
        {
            var team = await db.Teams.SingleOrDefaultAsync(t => t.Name == teamName)
                ?? db.Teams.Add(new Data.People.Team { Name = teamName }).Entity;
            await db.SaveChangesAsync();
            db.TeamManagers.Add(new Data.People.TeamManager { TeamId = team.Id, UserId = userId });
            await db.SaveChangesAsync();
        });
    }

    public static async Task<Reader> NewReaderAsync(PortalFactory portal, PermissionRole role, string? team = null)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        await portal.CreateUserAsync(email, "a-long-test-password", role, teamName: team);
        return await ReaderAsync(portal, email);
    }

    /// <summary>A manager leading <paramref name="team"/> and a rep in it.</summary>
    public static async Task<(Reader Manager, Reader Rep)> ManagerAndRepAsync(PortalFactory portal, string team)
    {
        var manager = await NewReaderAsync(portal, PermissionRole.Manager, team);
        await LeadAsync(portal, manager.UserId, team);
        return (manager, await NewReaderAsync(portal, PermissionRole.Rep, team));
    }

    /// <summary>The enrollment's progress today, counted in UTC.</summary>
    public static async Task<EnrollmentProgress> ProgressAsync(PortalFactory portal, long enrollmentId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.PortalDbContext>();
        var loader = scope.ServiceProvider.GetRequiredService<EnrollmentProgressLoader>();
        var views = await loader.LoadAsync(
            db.Enrollments.Where(e => e.Id == enrollmentId), DateOnly.FromDateTime(DateTime.UtcNow), TimeZoneInfo.Utc, default);
        return Assert.Single(views).Progress;
    }
}
