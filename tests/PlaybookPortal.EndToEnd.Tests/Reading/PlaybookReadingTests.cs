using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlaybookPortal.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PlaybookPortal.EndToEnd.Tests.Reading;

[Collection(SharedBrowserPortal.Name)]
public sealed class PlaybookReadingTests(BrowserPortal portal)
{
    [ChromiumFact]
    public async Task Playbook_OpenedFromHomeThroughCategory_ShowsTitleBreadcrumbAndContents()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsAdminAsync();

        await Expect(page).ToHaveURLAsync(new Uri(portal.Server.BaseAddress, "/").ToString());
        await Expect(page.TitleHeading("Playbooks")).ToBeVisibleAsync();
        var categories = page.GetByRole(AriaRole.List, new() { Name = "Categories" });
        // Other journeys in this shared portal create playbooks in categories of their own, so
        // the count is at least the shipped three.
        Assert.True(await categories.GetByRole(AriaRole.Link).CountAsync() >= 3);
        var process = categories.GetByRole(AriaRole.Link, new() { Name = "Process" });
        await Expect(process).ToContainTextAsync("1 playbook");
        await process.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/categories/process$"));
        await Expect(page.TitleHeading("Process")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Article)
            .GetByRole(AriaRole.Heading, new() { Level = 3 })
            .GetByRole(AriaRole.Link, new() { Name = "Sales process" })
            .ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/playbooks/process/sales-process$"));
        await Expect(page.TitleHeading("Sales process")).ToBeVisibleAsync();
        var breadcrumb = page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" });
        await Expect(breadcrumb.GetByRole(AriaRole.Link, new() { Name = "Process" })).ToBeVisibleAsync();
        var contents = page.GetByRole(AriaRole.Navigation, new() { Name = "Contents" });
        await Expect(contents.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Stages", "Exit criteria"]);
    }

    [ChromiumFact]
    public async Task InternalLink_WithAnchor_LandsOnTheLinkedSection()
    {
        await using var context = await portal.NewAdminContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/playbooks/process/sales-process");

        await page.Locator(".prose").GetByRole(AriaRole.Link, new() { Name = "close rate" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/playbooks/kpis/close-rate#formula$"));
        await Expect(page.TitleHeading("Close rate")).ToBeVisibleAsync();
        var formula = page.GetByRole(AriaRole.Heading, new() { Name = "Formula", Level = 2 });
        await Expect(formula).ToHaveIdAsync("formula");
        await Expect(formula).ToBeInViewportAsync();
        var scrolled = await page.EvaluateAsync<double>("window.scrollY");
        Assert.True(scrolled > 0, "The page stayed at the top instead of scrolling to #formula.");
    }
}
