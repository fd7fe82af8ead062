using PlaybookPortal.Core.Access;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Onboarding;

[Collection(SharedPortal.Name)]
public sealed class StepCompletionServiceTests(PortalFactory portal)
{
    [Fact]
    public async Task Tick_OwnTaskWithEvidence_IsRecorded()
    {
        var (_, rep, enrollment, path) = await SetUpAsync();
        var task = await OnboardingSeed.StepKeyAsync(portal, path, "task");

        var outcome = await Run(s => s.TickAsync(rep, "Rita Rep", enrollment, task, " https://crm/call/1 ", default));

        Assert.Equal(StepActionResult.Done, outcome.Result);
        var completion = Assert.Single((await OnboardingSeed.LoadAsync(portal, enrollment)).Completions);
        Assert.Equal("https://crm/call/1", completion.Note);
        Assert.Equal("Rita Rep", completion.CompletedByName);
    }

    [Fact]
    public async Task Tick_SomeoneElsesEnrollment_IsNotFound()
    {
        var (manager, _, enrollment, path) = await SetUpAsync();

        var outcome = await Run(s => s.TickAsync(manager, "M", enrollment, 0, null, default));
        var task = await OnboardingSeed.StepKeyAsync(portal, path, "task");
        var byManager = await Run(s => s.TickAsync(manager, "M", enrollment, task, null, default));

        Assert.Equal(StepActionResult.NotFound, outcome.Result);
        Assert.Equal(StepActionResult.NotFound, byManager.Result);
    }

    [Fact]
    public async Task Untick_KeepsTheCompletionAsWithdrawn()
    {
        var (_, rep, enrollment, path) = await SetUpAsync();
        var task = await OnboardingSeed.StepKeyAsync(portal, path, "task");
        await Run(s => s.TickAsync(rep, "Rita", enrollment, task, null, default));

        var outcome = await Run(s => s.UntickAsync(rep, "Rita", enrollment, task, default));

        Assert.Equal(StepActionResult.Done, outcome.Result);
        var completion = Assert.Single((await OnboardingSeed.LoadAsync(portal, enrollment)).Completions);
        Assert.NotNull(completion.WithdrawnUtc);
        Assert.Equal("Unticked by Rita", completion.WithdrawnReason);
    }

    [Fact]
    public async Task SignOff_ByTheRepThemself_IsRefused()
    {
        var (_, rep, enrollment, path) = await SetUpAsync();
        var demo = await OnboardingSeed.StepKeyAsync(portal, path, "demo");

        var outcome = await Run(s => s.SignOffAsync(rep, "Rita", enrollment, demo, "I did great", default));

        Assert.Equal(StepActionResult.Refused, outcome.Result);
        Assert.Empty((await OnboardingSeed.LoadAsync(portal, enrollment)).Completions);
    }

    [Fact]
    public async Task SignOff_WithoutNote_IsRefusedWithAMessage()
    {
        var (manager, _, enrollment, path) = await SetUpAsync();
        var demo = await OnboardingSeed.StepKeyAsync(portal, path, "demo");

        var outcome = await Run(s => s.SignOffAsync(manager, "Max", enrollment, demo, "  ", default));

        Assert.Equal(StepActionResult.Refused, outcome.Result);
        Assert.Equal("Write a note saying what you observed.", outcome.Message);
    }

    [Fact]
    public async Task SignOff_ByAManagerOfAnotherTeam_IsNotFound()
    {
        var (_, _, enrollment, path) = await SetUpAsync();
        var (otherManager, _) = await OnboardingSeed.ManagerAndRepAsync(portal, OnboardingSeed.NewTeam());
        var demo = await OnboardingSeed.StepKeyAsync(portal, path, "demo");

        var outcome = await Run(s => s.SignOffAsync(otherManager, "Olga", enrollment, demo, "Seen it", default));

        Assert.Equal(StepActionResult.NotFound, outcome.Result);
    }

    [Fact]
    public async Task SignOff_TaskStep_IsRefused()
    {
        var (manager, _, enrollment, path) = await SetUpAsync();
        var task = await OnboardingSeed.StepKeyAsync(portal, path, "task");

        var outcome = await Run(s => s.SignOffAsync(manager, "Max", enrollment, task, "Fine", default));

        Assert.Equal(StepActionResult.Refused, outcome.Result);
    }

    [Fact]
    public async Task LastRequiredStep_ByManagerAndEditor_StampsTheEnrollmentFinished()
    {
        var (_, rep, enrollment, path) = await SetUpAsync();
        var editor = await OnboardingSeed.NewReaderAsync(portal, PermissionRole.Editor);
        var task = await OnboardingSeed.StepKeyAsync(portal, path, "task");
        var demo = await OnboardingSeed.StepKeyAsync(portal, path, "demo");
        await Run(s => s.TickAsync(rep, "Rita", enrollment, task, null, default));
        Assert.Null((await OnboardingSeed.LoadAsync(portal, enrollment)).CompletedUtc);

        var outcome = await Run(s => s.SignOffAsync(editor, "Eve Editor", enrollment, demo, "Observed a mock demo", default));

        Assert.Equal(StepActionResult.Done, outcome.Result);
        Assert.NotNull((await OnboardingSeed.LoadAsync(portal, enrollment)).CompletedUtc);
    }

    private Task<StepActionOutcome> Run(Func<StepCompletionService, Task<StepActionOutcome>> work) =>
        OnboardingSeed.WithServiceAsync(portal, work);

    private async Task<(Reader Manager, Reader Rep, long Enrollment, string Path)> SetUpAsync()
    {
        var (manager, rep) = await OnboardingSeed.ManagerAndRepAsync(portal, OnboardingSeed.NewTeam());
        var path = await OnboardingSeed.PathAsync(portal);
        var enrollment = await OnboardingSeed.EnrollAsync(portal, rep.UserId, path);
        return (manager, rep, enrollment, path);
    }
}
