using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlaybookPortal.Core.Access;
using PlaybookPortal.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PlaybookPortal.EndToEnd.Tests.Searching;

[Collection(SharedBrowserPortal.Name)]
public sealed class SearchJourneyTests(BrowserPortal portal)
{
    [ChromiumTheory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task HeaderSearch_FirstResult_LandsOnTheMatchingSection(int width, int height)
    {
        const string password = "a-long-password-for-search";
        var email = await portal.Server.CreateUserAsync("Sam Searcher", password, PermissionRole.Rep);
        await using var context = await portal.NewContextAsync(new ViewportSize { Width = width, Height = height });
        var page = await context.NewPageAsync();
        await page.SignInAsync(email, password);

        var box = page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Searchbox, new() { Name = "Search playbooks" });
        await box.FocusAsync();
        var outline = await box.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        Assert.NotEqual("none", outline);
        await box.FillAsync("writing");
        await box.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/search\\?q=writing$"));
        await Expect(page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Searchbox)).ToHaveValueAsync("writing");
        var results = page.GetByRole(AriaRole.List, new() { Name = "Search results" });
        var first = results.GetByRole(AriaRole.Listitem).First;
        await Expect(first.GetByRole(AriaRole.Link, new() { Name = "Sales process" })).ToBeVisibleAsync();
        await Expect(first.Locator("mark").First).ToBeVisibleAsync();
        await AssertFitsTheWidthAsync(page);
        await ScreenshotStore.SaveAsync(page, $"search-results-{width}x{height}");

        await first.GetByRole(AriaRole.Link, new() { Name = "Sales process" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/playbooks/process/sales-process#exit-criteria$"));
        await Expect(page.TitleHeading("Sales process")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Exit criteria", Level = 2 })).ToBeInViewportAsync();
        await ScreenshotStore.SaveAsync(page, $"search-landing-{width}x{height}");

        await page.GotoAsync("/search");
        await Expect(page.TitleHeading("Search")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Searchbox)).ToBeFocusedAsync();
        await AssertFitsTheWidthAsync(page);
        await ScreenshotStore.SaveAsync(page, $"search-help-{width}x{height}");
    }

    // One pixel of slack for sub-pixel layout widths that round up.
    private static async Task AssertFitsTheWidthAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1] + 1, $"{page.Url} scrolls sideways: the page is {widths[0]} px wide.");
    }
}
