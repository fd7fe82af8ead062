using Microsoft.Playwright;
using PlaybookPortal.Core.Access;
using PlaybookPortal.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PlaybookPortal.EndToEnd.Tests.Skills;

[Collection(SharedBrowserPortal.Name)]
public sealed class GapGridKeyboardTests(BrowserPortal portal)
{
    // What has focus: a cell's accessible name, or a row header's rep name.
    private const string FocusedScript = """
        () => {
            const el = document.activeElement;
            const grid = el.closest('[data-gap-grid]');
            const label = el.getAttribute('aria-label') ?? el.querySelector('a')?.textContent ?? '';
            return (grid ? 'grid:' : 'outside:') + (el.getAttribute('role') ?? el.tagName) + ':' + label.trim();
        }
        """;

    [ChromiumFact]
    public async Task Editor_MovesThroughTheGapGridWithTheKeyboard()
    {
        var tag = JourneyPeople.NewTag();
        var discovery = $"Discovery {tag}";
        var demo = $"Demo {tag}";
        var (teamId, ann, ben) = await SeedGridAsync(tag, discovery, demo);
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var editor = await JourneyPeople.CreateUserAsync(portal.Server, $"Eve Editor {tag}", PermissionRole.Editor);
        await page.SignInAsync(editor.Email, JourneyPeople.Password);

        await page.GotoAsync($"/skills/matrix?team={teamId}");
        var grid = page.GetByRole(AriaRole.Grid);
        await Expect(grid.Locator("tbody [tabindex='0']")).ToHaveCountAsync(1);
        await page.Locator("[data-gap-grid-toggle]").Last.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal($"grid:rowheader:{ann.Name}", await FocusedAsync(page));

        var annDiscovery = $"{ann.Name}, {discovery}: target 3, current 1, gap 2";
        await PressAsync(page, "ArrowRight", $"grid:gridcell:{annDiscovery}");
        var details = grid.GetByRole(AriaRole.Gridcell, new() { Name = annDiscovery }).Locator(".gap-cell__details");
        await Expect(details).ToBeVisibleAsync();
        await Expect(details).ToContainTextAsync("Target 3 (proficient)");
        await Expect(details).ToContainTextAsync("current 1 (aware)");

        await PressAsync(page, "ArrowRight", $"grid:gridcell:{ann.Name}, {demo}: target 2, current 2, target met");
        await PressAsync(page, "ArrowLeft", $"grid:gridcell:{annDiscovery}");
        await PressAsync(page, "ArrowDown", $"grid:gridcell:{ben.Name}, {discovery}: target 3, not assessed");
        var benDiscovery = $"{ben.Name}, {discovery}: target 3, not assessed";
        await Expect(grid.GetByRole(AriaRole.Gridcell, new() { Name = benDiscovery }).Locator(".gap-cell__details"))
            .ToContainTextAsync("Target 3 (proficient) · not assessed");
        await PressAsync(page, "ArrowUp", $"grid:gridcell:{annDiscovery}");
        var lastInRow = await grid.Locator("tbody > tr").First.Locator("[role='gridcell']").Last
            .GetAttributeAsync("aria-label");
        await PressAsync(page, "End", $"grid:gridcell:{lastInRow}");
        await PressAsync(page, "Home", $"grid:rowheader:{ann.Name}");

        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("Tab");
        Assert.StartsWith("outside:", await FocusedAsync(page), StringComparison.Ordinal);
        await Expect(grid.Locator("tbody [tabindex='0']")).ToHaveCountAsync(1);
    }

    // Ann is below target on one skill and meets the other; Ben has not been assessed.
    private async Task<(int TeamId, JourneyUser Ann, JourneyUser Ben)> SeedGridAsync(
        string tag, string discovery, string demo)
    {
        var position = $"grid-{tag}";
        await JourneyPeople.CreatePositionAsync(portal.Server, position, $"Grid position {tag}");
        // Far left of every other skill the shared portal holds, so the arrows meet these first.
        await SkillSeed.AddSkillAsync(portal.Server, $"discovery-{tag}", discovery, -2_000_000);
        await SkillSeed.AddSkillAsync(portal.Server, $"demo-{tag}", demo, -1_999_999);
        await SkillSeed.AddTargetAsync(portal.Server, position, $"discovery-{tag}", 3);
        await SkillSeed.AddTargetAsync(portal.Server, position, $"demo-{tag}", 2);
        var manager = await JourneyPeople.CreateUserAsync(portal.Server, $"Max Manager {tag}", PermissionRole.Manager);
        var ann = await JourneyPeople.CreateUserAsync(portal.Server, $"Ann Grid {tag}", PermissionRole.Rep, position);
        var ben = await JourneyPeople.CreateUserAsync(portal.Server, $"Ben Grid {tag}", PermissionRole.Rep, position);
        var teamId = await JourneyPeople.CreateTeamAsync(portal.Server, $"Grid team {tag}", manager, ann, ben);
        await SkillSeed.AssessAsync(portal.Server, ann, $"discovery-{tag}", 1, manager);
        await SkillSeed.AssessAsync(portal.Server, ann, $"demo-{tag}", 2, manager);
        return (teamId, ann, ben);
    }

    private static async Task PressAsync(IPage page, string key, string expected)
    {
        await page.Keyboard.PressAsync(key);
        Assert.Equal(expected, await FocusedAsync(page));
    }

    private static Task<string> FocusedAsync(IPage page) => page.EvaluateAsync<string>(FocusedScript);
}
