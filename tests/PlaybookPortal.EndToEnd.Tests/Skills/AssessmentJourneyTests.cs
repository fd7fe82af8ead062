using Microsoft.Playwright;
using PlaybookPortal.Core.Access;
using PlaybookPortal.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PlaybookPortal.EndToEnd.Tests.Skills;

[Collection(SharedBrowserPortal.Name)]
public sealed class AssessmentJourneyTests(BrowserPortal portal)
{
    [ChromiumFact]
    public async Task ManagerAssessesBelowTarget_MatrixShowsTheGap_RepSeesPlaybooksToRead()
    {
        var tag = JourneyPeople.NewTag();
        var skillId = $"objections-{tag}";
        var skill = $"Objection handling {tag}";
        var position = $"assess-{tag}";
        await JourneyPeople.CreatePositionAsync(portal.Server, position, $"Assessed position {tag}");
        await SkillSeed.AddSkillAsync(portal.Server, skillId, skill, 1_000_000);
        await SkillSeed.AddTargetAsync(portal.Server, position, skillId, 3);
        await JourneyPeople.CreatePlaybookAsync(portal.Server, $"journey/objections-{tag}",
            $"---\ntitle: Handling objections {tag}\nskills: [{skillId}]\n---\nAcknowledge, ask, answer.\n");
        await JourneyPeople.CreatePlaybookAsync(portal.Server, $"journey/objection-coaching-{tag}",
            $"---\ntitle: Coaching objections {tag}\naudience: [manager]\nskills: [{skillId}]\n---\n"
            + "Listen to the call first.\n");
        var manager = await JourneyPeople.CreateUserAsync(portal.Server, $"Mo Manager {tag}", PermissionRole.Manager);
        var rep = await JourneyPeople.CreateUserAsync(portal.Server, $"Rae Rep {tag}", PermissionRole.Rep, position);
        var teamId = await JourneyPeople.CreateTeamAsync(portal.Server, $"Assessed team {tag}", manager, rep);

        await using var managerContext = await portal.NewContextAsync();
        var managerPage = await managerContext.NewPageAsync();
        await managerPage.SignInAsync(manager.Email, JourneyPeople.Password);
        var cell = managerPage.GetByRole(AriaRole.Gridcell, new() { NameRegex = new($"^{rep.Name}, {skill}:") });
        await managerPage.GotoAsync($"/skills/matrix?team={teamId}");
        await Expect(cell).ToHaveAttributeAsync("aria-label", $"{rep.Name}, {skill}: target 3, not assessed");
        await Expect(cell.Locator(".gap-cell__value")).ToHaveTextAsync("n/a");

        await AssessAsync(managerPage, rep, skill);
        await managerPage.GotoAsync($"/skills/matrix?team={teamId}");
        await Expect(cell).ToHaveAttributeAsync("aria-label", $"{rep.Name}, {skill}: target 3, current 1, gap 2");
        await Expect(cell.Locator(".gap-cell__value")).ToHaveTextAsync("−2");

        await using var repContext = await portal.NewContextAsync();
        var repPage = await repContext.NewPageAsync();
        await repPage.SignInAsync(rep.Email, JourneyPeople.Password);
        await repPage.GotoAsync("/skills/plan");
        await Expect(repPage.TitleHeading("My training plan")).ToBeVisibleAsync();
        var entry = repPage.Locator(".plan-entry")
            .Filter(new() { Has = repPage.GetByRole(AriaRole.Heading, new() { Name = skill }) });
        await Expect(entry).ToContainTextAsync("current 1 (aware) · gap 2");
        await Expect(entry.GetByRole(AriaRole.Link, new() { Name = $"Handling objections {tag}" }))
            .ToHaveAttributeAsync("href", $"/playbooks/journey/objections-{tag}");
        await Expect(entry.GetByText($"Coaching objections {tag}")).ToHaveCountAsync(0);
    }

    private static async Task AssessAsync(IPage page, JourneyUser rep, string skill)
    {
        await page.GotoAsync($"/skills/people/{rep.Id}");
        await Expect(page.TitleHeading($"Skills of {rep.Name}")).ToBeVisibleAsync();
        await page.GetByLabel("Skill", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = skill });
        await page.GetByLabel("Level", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = "1 aware" });
        await page.GetByLabel("Note", new() { Exact = true })
            .FillAsync("Answers price objections but skips the question.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();

        // Once: the layout shows the flash; the page used to repeat it in a second live region.
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Assessment recorded.");
        await Expect(page.Locator("table.assessment-history"))
            .ToContainTextAsync("Answers price objections but skips the question.");
    }
}
