using System.Net;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Onboarding;

[Collection(SharedPortal.Name)]
public sealed class OnboardingVisibilityTests(PortalFactory portal)
{
    [Fact]
    public async Task Rep_SeesOwnEnrollment_AndNotFoundForAnothers()
    {
        var path = await OnboardingSeed.PathAsync(portal);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        var me = await OnboardingSeed.ReaderAsync(portal, rep.Email);
        var other = await OnboardingSeed.NewReaderAsync(portal, PermissionRole.Rep);
        var mine = await OnboardingSeed.EnrollAsync(portal, me.UserId, path);
        var theirs = await OnboardingSeed.EnrollAsync(portal, other.UserId, path);

        var own = await rep.GetPageAsync($"/onboarding/enrollments/{mine}");
        using var foreign = await rep.GetAsync($"/onboarding/enrollments/{theirs}");
        using var missing = await rep.GetAsync("/onboarding/enrollments/999999999");

        Assert.Contains("Shadow a discovery call", own, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task MyOnboarding_ListsOnlyOwnPaths_WithProgressAndTickForm()
    {
        var path = await OnboardingSeed.PathAsync(portal);
        var otherPath = await OnboardingSeed.PathAsync(portal);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        var me = await OnboardingSeed.ReaderAsync(portal, rep.Email);
        var other = await OnboardingSeed.NewReaderAsync(portal, PermissionRole.Rep);
        await OnboardingSeed.EnrollAsync(portal, me.UserId, path);
        await OnboardingSeed.EnrollAsync(portal, other.UserId, otherPath);

        var page = await rep.GetPageAsync("/onboarding");

        Assert.Contains("Path " + path, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Path " + otherPath, page, StringComparison.Ordinal);
        Assert.Contains("0 of 2 required steps", page, StringComparison.Ordinal);
        Assert.Contains("Mark as done", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign off", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/onboarding/enroll\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyOnboarding_WithoutEnrollment_ShowsFriendlyEmptyState()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var page = await rep.GetPageAsync("/onboarding");

        Assert.Contains("You are not on an onboarding path right now.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManagerLeadingTwoTeams_SeesBoth_NotAThird_AndMaySignOff()
    {
        var (teamA, teamB, teamC) = (OnboardingSeed.NewTeam(), OnboardingSeed.NewTeam(), OnboardingSeed.NewTeam());
        using var manager = await portal.SignInNewUserAsync(PermissionRole.Manager, teamName: teamA);
        var me = await OnboardingSeed.ReaderAsync(portal, manager.Email);
        await OnboardingSeed.LeadAsync(portal, me.UserId, teamA);
        await OnboardingSeed.LeadAsync(portal, me.UserId, teamB);
        var path = await OnboardingSeed.PathAsync(portal);
        var inA = await OnboardingSeed.EnrollAsync(portal, (await OnboardingSeed.NewReaderAsync(portal, PermissionRole.Rep, teamA)).UserId, path);
        var inB = await OnboardingSeed.EnrollAsync(portal, (await OnboardingSeed.NewReaderAsync(portal, PermissionRole.Rep, teamB)).UserId, path);
        var inC = await OnboardingSeed.EnrollAsync(portal, (await OnboardingSeed.NewReaderAsync(portal, PermissionRole.Rep, teamC)).UserId, path);

        var pageA = await manager.GetPageAsync($"/onboarding/enrollments/{inA}");
        var pageB = await manager.GetPageAsync($"/onboarding/enrollments/{inB}");
        using var pageC = await manager.GetAsync($"/onboarding/enrollments/{inC}");

        Assert.Contains("Sign off", pageA, StringComparison.Ordinal);
        Assert.Contains("Sign off", pageB, StringComparison.Ordinal);
        Assert.DoesNotContain("Mark as done", pageA, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, pageC.StatusCode);
    }

    [Fact]
    public async Task Editor_SeesAnyEnrollment()
    {
        var rep = await OnboardingSeed.NewReaderAsync(portal, PermissionRole.Rep, OnboardingSeed.NewTeam());
        var enrollment = await OnboardingSeed.EnrollAsync(portal, rep.UserId, await OnboardingSeed.PathAsync(portal));
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        var page = await editor.GetPageAsync($"/onboarding/enrollments/{enrollment}");

        Assert.Contains("Mock demo", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOffPost_ByManager_MovesThePercentage()
    {
        var team = OnboardingSeed.NewTeam();
        using var manager = await portal.SignInNewUserAsync(PermissionRole.Manager, teamName: team);
        await OnboardingSeed.LeadAsync(portal, (await OnboardingSeed.ReaderAsync(portal, manager.Email)).UserId, team);
        var rep = await OnboardingSeed.NewReaderAsync(portal, PermissionRole.Rep, team);
        var path = await OnboardingSeed.PathAsync(portal);
        var enrollment = await OnboardingSeed.EnrollAsync(portal, rep.UserId, path);
        var demo = await OnboardingSeed.StepKeyAsync(portal, path, "demo");
        var url = $"/onboarding/enrollments/{enrollment}";

        using var response = await manager.PostFormAsync(url, new Dictionary<string, string>
        {
            ["enrollmentId"] = $"{enrollment}", ["stepKey"] = $"{demo}", ["note"] = "Observed a strong mock demo",
        }, "SignOff");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await manager.GetPageAsync(url);
        Assert.Contains("aria-valuenow=\"50\"", page, StringComparison.Ordinal);
        Assert.Contains("Observed a strong mock demo", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnrollPage_IsNotFoundForReps()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        using var response = await rep.GetAsync("/onboarding/enroll");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
