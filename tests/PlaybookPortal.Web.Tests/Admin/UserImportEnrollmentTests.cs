using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.Pages.Admin.Onboarding;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Admin;

[Collection(SharedPortal.Name)]
public sealed class UserImportEnrollmentTests(PortalFactory portal)
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..8];

    private string PositionId => "pos-" + _id;

    [Fact]
    public async Task OnboardingSetting_SavedOnThePage_EnrollsUsersAddedByHand()
    {
        await AddPositionAndPathsAsync();
        using var admin = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        using var saved = await admin.PostFormAsync("/admin/onboarding", new Dictionary<string, string>
        {
            ["Rules"] = IndexModel.RuleKey(PositionId, "path-a-" + _id),
        });

        using var created = await admin.PostFormAsync("/admin/users/new", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Hand Added", ["Input.Email"] = $"hand-{_id}@test.local",
            ["Input.Role"] = "Rep", ["Input.PositionId"] = PositionId,
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(["path-a-" + _id], await EnrolledPathsAsync($"hand-{_id}@test.local"));
    }

    [Fact]
    public async Task Import_CreatedUsers_AreEnrolledByPositionAndUpdatedOnesAreNot()
    {
        await AddPositionAndPathsAsync();
        await AddRulesAsync("path-a-" + _id, "path-b-" + _id);
        await portal.CreateUserAsync($"already-{_id}@test.local", "a-long-test-password", PermissionRole.Rep);
        using var admin = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);

        using var response = await UserImportUpload.ImportAsync(admin, $"""
            email,name,role,position
            fresh-{_id}@test.local,Fresh,Rep,{PositionId}
            already-{_id}@test.local,Already,Rep,{PositionId}
            """);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["path-a-" + _id, "path-b-" + _id], await EnrolledPathsAsync($"fresh-{_id}@test.local"));
        Assert.Empty(await EnrolledPathsAsync($"already-{_id}@test.local"));
        await portal.WithDbAsync(async db =>
        {
            var enrollment = await db.Enrollments.FirstAsync(e => e.PathId == "path-a-" + _id);
            Assert.Null(enrollment.EnrolledByUserId);
        });
    }

    [Fact]
    public async Task AutoEnroller_UserAlreadyOpenOnAPath_IsNotEnrolledTwice()
    {
        await AddPositionAndPathsAsync();
        await AddRulesAsync("path-a-" + _id);
        var user = await portal.CreateUserAsync($"twice-{_id}@test.local", "a-long-test-password",
            PermissionRole.Rep, PositionId);
        await using var scope = portal.Services.CreateAsyncScope();
        var enroller = scope.ServiceProvider.GetRequiredService<AutoEnroller>();
        var day = new DateOnly(2026, 3, 2);

        var first = await enroller.EnrollNewUserAsync(user.Id, day, CancellationToken.None);
        var second = await enroller.EnrollNewUserAsync(user.Id, day, CancellationToken.None);

        Assert.Single(first);
        Assert.Empty(second);
        Assert.Equal(["path-a-" + _id], await EnrolledPathsAsync(user.Email!));
    }

    [Fact]
    public async Task Import_ManagerLeadingTwoTeams_SeesTheMembersOfBoth()
    {
        using var admin = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);

        using var response = await UserImportUpload.ImportAsync(admin, $"""
            email,name,role,team,leads_teams
            boss-{_id}@test.local,Boss,Manager,,East {_id}|West {_id}
            east-{_id}@test.local,East Rep,Rep,East {_id},
            west-{_id}@test.local,West Rep,Rep,west {_id},
            other-{_id}@test.local,Other Rep,Rep,Other {_id},
            """);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlaybookPortal.Data.PortalDbContext>();
        var boss = await db.Users.SingleAsync(u => u.Email == $"boss-{_id}@test.local");
        var visible = await scope.ServiceProvider.GetRequiredService<PeopleScope>()
            .VisibleTo(new Reader(boss.Id, PermissionRole.Manager, null))
            .Select(u => u.DisplayName).OrderBy(n => n).ToListAsync();
        Assert.Equal(["Boss", "East Rep", "West Rep"], visible);
        var userPage = await admin.GetPageAsync($"/admin/users/{boss.Id}");
        Assert.Contains($">East {_id}</a>", userPage, StringComparison.Ordinal);
        Assert.Contains($">West {_id}</a>", userPage, StringComparison.Ordinal);
    }

    private async Task AddPositionAndPathsAsync() => await portal.WithDbAsync(async db =>
    {
        db.Positions.Add(new Position { Id = PositionId, Title = "Position " + _id });
        foreach (var name in new[] { "a", "b" })
        {
            db.OnboardingPaths.Add(new OnboardingPath
            {
                Id = $"path-{name}-{_id}", Title = $"Path {name} {_id}", SourceText = "", UpdatedUtc = DateTime.UtcNow,
            });
        }

        await db.SaveChangesAsync();
    });

    private async Task AddRulesAsync(params string[] pathIds) => await portal.WithDbAsync(async db =>
    {
        db.AutoEnrollRules.AddRange(pathIds.Select(p => new AutoEnrollRule { PositionId = PositionId, PathId = p }));
        await db.SaveChangesAsync();
    });

    private async Task<List<string>> EnrolledPathsAsync(string email)
    {
        var paths = new List<string>();
        await portal.WithDbAsync(async db => paths = await db.Enrollments
            .Where(e => db.Users.Any(u => u.Id == e.UserId && u.Email == email))
            .Select(e => e.PathId).OrderBy(p => p).ToListAsync());
        return paths;
    }
}
