using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlaybookPortal.Core.Access;
using PlaybookPortal.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PlaybookPortal.EndToEnd.Tests.Onboarding;

[Collection(SharedBrowserPortal.Name)]
public sealed class NewHireJourneyTests(BrowserPortal portal)
{
    [ChromiumFact]
    public async Task NewHire_ReadsAndTicks_ThenManagerSeesProgressAndSignsOff()
    {
        var tag = JourneyPeople.NewTag();
        var slug = $"journey/discovery-{tag}";
        var playbookId = await JourneyPeople.CreatePlaybookAsync(portal.Server, slug,
            $"---\ntitle: Discovery {tag}\n---\nAsk about the pain before the product.\n");
        var manager = await JourneyPeople.CreateUserAsync(portal.Server, $"Mia Manager {tag}", PermissionRole.Manager);
        var rep = await JourneyPeople.CreateUserAsync(portal.Server, $"Noah New {tag}", PermissionRole.Rep, "ae");
        await JourneyPeople.CreateTeamAsync(portal.Server, $"Journey team {tag}", manager, rep);
        var pathId = await OnboardingSeed.CreatePathAsync(portal.Server, tag, slug, playbookId);
        var enrollmentId = await OnboardingSeed.EnrollAsync(portal.Server, rep, pathId, manager);

        await using var managerContext = await portal.NewContextAsync();
        var managerPage = await managerContext.NewPageAsync();
        await managerPage.SignInAsync(manager.Email, JourneyPeople.Password);
        var initial = await TeamPercentAsync(managerPage, rep);

        await using var repContext = await portal.NewContextAsync();
        var repPage = await repContext.NewPageAsync();
        await repPage.SignInAsync(rep.Email, JourneyPeople.Password);
        await ReadAndAcknowledgeAsync(repPage, slug, tag);
        await TickTaskAsync(repPage, "Shadowed Ana and Ben on Tuesday");

        var afterRep = await TeamPercentAsync(managerPage, rep);
        Assert.True(afterRep > initial,
            $"The team view still shows {afterRep} % after the rep read and ticked (was {initial} %).");

        await managerPage.GetByRole(AriaRole.Row).Filter(new() { HasText = rep.Name })
            .GetByRole(AriaRole.Link, new() { Name = rep.Name }).ClickAsync();
        await Expect(managerPage).ToHaveURLAsync(new Regex($"/onboarding/enrollments/{enrollmentId}$"));
        var signoff = Step(managerPage, OnboardingSeed.SignoffStepTitle);
        await signoff.GetByLabel("Sign-off note (what you observed)")
            .FillAsync("Clear agenda, found the pain, agreed a next step.");
        await signoff.GetByRole(AriaRole.Button, new() { Name = "Sign off" }).ClickAsync();

        await Expect(Step(managerPage, OnboardingSeed.SignoffStepTitle))
            .ToContainTextAsync("Clear agenda, found the pain, agreed a next step.");
        await Expect(Step(managerPage, OnboardingSeed.SignoffStepTitle)).ToContainTextAsync(manager.Name);
        var afterSignoff = await TeamPercentAsync(managerPage, rep);
        Assert.True(afterSignoff > afterRep,
            $"The team view shows {afterSignoff} % after the sign-off (was {afterRep} %).");
    }

    // The read step links to the playbook; confirming it leads back to My onboarding.
    private static async Task ReadAndAcknowledgeAsync(IPage page, string slug, string tag)
    {
        await page.GotoAsync("/onboarding");
        await Expect(page.TitleHeading("My onboarding")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Journey path {tag}" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = OnboardingSeed.ReadStepTitle }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/playbooks/" + Regex.Escape(slug) + "\\?returnUrl="));
        await Expect(page.TitleHeading($"Discovery {tag}")).ToBeVisibleAsync();
        var banner = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Please review what changed" });
        await banner.GetByRole(AriaRole.Link, new() { Name = "Review and confirm" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/acknowledge/"));
        await page.GetByRole(AriaRole.Button, new() { Name = "I have read and understood this revision" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/onboarding$"));
        await Expect(Step(page, OnboardingSeed.ReadStepTitle)).ToContainTextAsync("Done");
    }

    private static async Task TickTaskAsync(IPage page, string note)
    {
        var task = Step(page, OnboardingSeed.TaskStepTitle);
        await task.GetByLabel("Evidence (optional note or link)").FillAsync(note);
        await task.GetByRole(AriaRole.Button, new() { Name = "Mark as done" }).ClickAsync();

        // Done steps move under a closed "Done" disclosure.
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Step marked as done.");
        await page.Locator("details.done-steps > summary").ClickAsync();
        await Expect(Step(page, OnboardingSeed.TaskStepTitle)).ToContainTextAsync(note);
        await Expect(Step(page, OnboardingSeed.TaskStepTitle).GetByRole(AriaRole.Button, new() { Name = "Undo" }))
            .ToBeVisibleAsync();
    }

    // The "Done" column of the rep's row in the manager's team view, as a number.
    private static async Task<int> TeamPercentAsync(IPage page, JourneyUser rep)
    {
        await page.GotoAsync("/onboarding/team");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = rep.Name });
        await Expect(row).ToHaveCountAsync(1);
        var text = await row.Locator(".team-table-percent").InnerTextAsync();
        var digits = Regex.Match(text, "\\d+");
        Assert.True(digits.Success, $"No percentage in the Done cell: '{text}'.");
        return int.Parse(digits.Value, CultureInfo.InvariantCulture);
    }

    private static ILocator Step(IPage page, string title) =>
        page.Locator("li.step").Filter(new() { HasText = title });
}
