using Microsoft.EntityFrameworkCore;
using System.Net;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Onboarding;

[Collection(SharedPortal.Name)]
public sealed class ReadStepReopeningTests(PortalFactory portal)
{
    private const string Banner = "Please review what changed and confirm you have read it.";

    [Fact]
    public async Task Acknowledge_WithReturnUrl_LeadsBackToThePathAndDoesTheStep()
    {
        var (rep, slug, _, enrollment) = await SetUpAsync();
        Assert.Contains(Banner, await rep.GetPageAsync($"/playbooks/{slug}?returnUrl=%2Fonboarding"), StringComparison.Ordinal);
        Assert.Contains("returnUrl=%2Fonboarding", await rep.GetPageAsync("/onboarding"), StringComparison.Ordinal);

        using var response = await ConfirmAsync(rep, slug, "/onboarding");

        Assert.Equal("/onboarding", response.Headers.Location!.OriginalString);
        var read = (await OnboardingSeed.ProgressAsync(portal, enrollment)).Steps.Single(s => s.Step.StepId == "read");
        Assert.Equal(StepState.Done, read.State);
    }

    [Fact]
    public async Task Acknowledge_WithForeignReturnUrl_StaysOnThePortal()
    {
        var (rep, slug, _, _) = await SetUpAsync();

        using var response = await ConfirmAsync(rep, slug, "https://evil.example/");

        Assert.Equal("/playbooks/" + slug, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task MaterialChange_ReopensTheReadStepInAnOpenEnrollment()
    {
        var (rep, slug, playbookId, enrollment) = await SetUpAsync();
        await ConfirmAsync(rep, slug, "/onboarding");

        await PlaybookWrites.SaveAsync(portal, playbookId, PlaybookWrites.Text("Path playbook", "A new rule."), "New rule");

        var read = (await OnboardingSeed.ProgressAsync(portal, enrollment)).Steps.Single(s => s.Step.StepId == "read");
        Assert.NotEqual(StepState.Done, read.State);
        Assert.True(read.Reopened);
        Assert.Contains("Changed: read again", await rep.GetPageAsync("/onboarding"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MinorChange_LeavesTheReadStepDone()
    {
        var (rep, slug, playbookId, enrollment) = await SetUpAsync();
        await ConfirmAsync(rep, slug, "/onboarding");

        await PlaybookWrites.SaveAsync(portal, playbookId, PlaybookWrites.Text("Path playbook", "Typo fixed."), "Typo", material: false);

        var read = (await OnboardingSeed.ProgressAsync(portal, enrollment)).Steps.Single(s => s.Step.StepId == "read");
        Assert.Equal(StepState.Done, read.State);
    }

    [Fact]
    public async Task MaterialChange_AfterFinishing_KeepsTheStepDoneAndAsksAnOrdinaryAcknowledgement()
    {
        var (rep, slug, playbookId, enrollment) = await SetUpAsync();
        await portal.WithDbAsync(async db =>
        {
            (await db.Enrollments.FindAsync(enrollment))!.CompletedUtc = DateTime.UtcNow;
            await db.SaveChangesAsync();
        });
        await ConfirmAsync(rep, slug, "/onboarding");

        await PlaybookWrites.SaveAsync(portal, playbookId, PlaybookWrites.Text("Path playbook", "A new rule."), "New rule");

        var progress = await OnboardingSeed.ProgressAsync(portal, enrollment);
        Assert.Equal(StepState.Done, progress.Steps.Single(s => s.Step.StepId == "read").State);
        Assert.Equal(EnrollmentStatus.Finished, progress.Status);
        Assert.Contains(Banner, await rep.GetPageAsync("/playbooks/" + slug), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaybookNotOnAPath_WithoutRequiresAck_AsksNobody()
    {
        var slug = PlaybookWrites.NewSlug("onboarding-tests");
        var id = await PlaybookWrites.CreateAsync(portal, slug, PlaybookWrites.Text("Loose playbook", "Body."));
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        await PlaybookWrites.SaveAsync(portal, id, PlaybookWrites.Text("Loose playbook", "Changed."), "Change");

        Assert.DoesNotContain(Banner, await rep.GetPageAsync("/playbooks/" + slug), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> ConfirmAsync(SignedInClient rep, string slug, string returnUrl)
    {
        var playbookId = "";
        await portal.WithDbAsync(async db => playbookId = (await db.Playbooks.SingleAsync(p => p.Slug == slug)).Id);
        var revision = await PlaybookWrites.CurrentRevisionIdAsync(portal, playbookId);
        var response = await rep.PostFormAsync($"/acknowledge/{slug}", new Dictionary<string, string>
        {
            ["revisionId"] = $"{revision}", ["ReturnUrl"] = returnUrl,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    private async Task<(SignedInClient Rep, string Slug, string PlaybookId, long Enrollment)> SetUpAsync()
    {
        var slug = PlaybookWrites.NewSlug("onboarding-tests");
        var playbookId = await PlaybookWrites.CreateAsync(portal, slug, PlaybookWrites.Text("Path playbook", "Body."));
        var path = await OnboardingSeed.PathAsync(portal, playbookId);
        var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        var reader = await OnboardingSeed.ReaderAsync(portal, rep.Email);
        var enrollment = await OnboardingSeed.EnrollAsync(portal, reader.UserId, path);
        return (rep, slug, playbookId, enrollment);
    }
}
