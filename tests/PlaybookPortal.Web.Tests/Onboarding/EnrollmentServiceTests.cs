using PlaybookPortal.Core.Access;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Onboarding;

[Collection(SharedPortal.Name)]
public sealed class EnrollmentServiceTests(PortalFactory portal)
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    [Fact]
    public async Task Enroll_ManagerOfTheRepsTeam_CreatesTheEnrollment()
    {
        var team = OnboardingSeed.NewTeam();
        var (manager, rep) = await ManagerAndRepAsync(team);
        var path = await OnboardingSeed.PathAsync(portal);

        var outcome = await EnrollAsync(manager, rep.UserId, path);

        Assert.True(outcome.Succeeded, outcome.Message);
        var enrollment = await OnboardingSeed.LoadAsync(portal, outcome.EnrollmentId!.Value);
        Assert.Equal(Start, enrollment.StartDate);
        Assert.Equal(manager.UserId, enrollment.EnrolledByUserId);
    }

    [Fact]
    public async Task Enroll_SecondOpenEnrollmentOnSamePath_IsRefused()
    {
        var (manager, rep) = await ManagerAndRepAsync(OnboardingSeed.NewTeam());
        var path = await OnboardingSeed.PathAsync(portal);
        Assert.True((await EnrollAsync(manager, rep.UserId, path)).Succeeded);

        var second = await EnrollAsync(manager, rep.UserId, path);

        Assert.False(second.Succeeded);
        Assert.Equal("PathId", second.Field);
        Assert.Contains("already on this path", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enroll_SeveralPaths_AreAllowed()
    {
        var (manager, rep) = await ManagerAndRepAsync(OnboardingSeed.NewTeam());

        var first = await EnrollAsync(manager, rep.UserId, await OnboardingSeed.PathAsync(portal));
        var second = await EnrollAsync(manager, rep.UserId, await OnboardingSeed.PathAsync(portal));

        Assert.True(first.Succeeded && second.Succeeded);
    }

    [Fact]
    public async Task Enroll_ArchivedPath_IsRefused()
    {
        var (manager, rep) = await ManagerAndRepAsync(OnboardingSeed.NewTeam());
        var path = await OnboardingSeed.PathAsync(portal, archived: true);

        var outcome = await EnrollAsync(manager, rep.UserId, path);

        Assert.Equal("This path is archived and takes no new enrollments.", outcome.Message);
    }

    [Fact]
    public async Task Enroll_SomeoneElsesPersonalPath_IsRefused()
    {
        var (manager, rep) = await ManagerAndRepAsync(OnboardingSeed.NewTeam());
        var other = await portal.CreateUserAsync($"other-{Guid.NewGuid():N}@test.local", "a-long-test-password", PermissionRole.Rep);
        var path = await OnboardingSeed.PathAsync(portal, personalFor: other.Id);

        var outcome = await EnrollAsync(manager, rep.UserId, path);

        Assert.False(outcome.Succeeded);
        Assert.Equal("PathId", outcome.Field);
    }

    [Fact]
    public async Task Enroll_DisabledUser_IsRefused()
    {
        var (manager, rep) = await ManagerAndRepAsync(OnboardingSeed.NewTeam());
        await portal.WithDbAsync(async db =>
        {
            (await db.Users.FindAsync(rep.UserId))!.IsDisabled = true;
            await db.SaveChangesAsync();
        });

        var outcome = await EnrollAsync(manager, rep.UserId, await OnboardingSeed.PathAsync(portal));

        Assert.Contains("disabled", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enroll_RepOfAnotherTeam_IsRefusedForAManagerButNotForAnEditor()
    {
        var (manager, _) = await ManagerAndRepAsync(OnboardingSeed.NewTeam());
        var (_, stranger) = await ManagerAndRepAsync(OnboardingSeed.NewTeam());
        var editor = await NewReaderAsync(PermissionRole.Editor);
        var path = await OnboardingSeed.PathAsync(portal);

        var byManager = await EnrollAsync(manager, stranger.UserId, path);
        var byEditor = await EnrollAsync(editor, stranger.UserId, path);

        Assert.Equal("UserId", byManager.Field);
        Assert.True(byEditor.Succeeded);
    }

    [Fact]
    public async Task Enroll_ByARep_IsRefusedEvenForThemself()
    {
        var rep = await NewReaderAsync(PermissionRole.Rep);

        var outcome = await EnrollAsync(rep, rep.UserId, await OnboardingSeed.PathAsync(portal));

        Assert.False(outcome.Succeeded);
    }

    private Task<EnrollmentOutcome> EnrollAsync(Reader by, string userId, string pathId) =>
        OnboardingSeed.WithServiceAsync<EnrollmentOutcome, EnrollmentService>(portal,
            s => s.EnrollAsync(by, new EnrollmentRequest(userId, pathId, Start), default));

    private Task<(Reader Manager, Reader Rep)> ManagerAndRepAsync(string team) =>
        OnboardingSeed.ManagerAndRepAsync(portal, team);

    private Task<Reader> NewReaderAsync(PermissionRole role, string? team = null) =>
        OnboardingSeed.NewReaderAsync(portal, role, team);
}
