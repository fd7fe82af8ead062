using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlaybookPortal.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PlaybookPortal.EndToEnd.Tests.Editing;

[Collection(SharedBrowserPortal.Name)]
public sealed class EditorJourneyTests(BrowserPortal portal)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [ChromiumFact]
    public async Task Edit_TypedText_ShowsInThePreview_AndIsPublished()
    {
        await using var context = await portal.NewAdminContextAsync();
        var page = await context.NewPageAsync();
        var slug = await CreatePlaybookAsync(page, "Preview journey");
        await page.GotoAsync("/edit/" + slug);

        await page.GetByLabel("Text (Markdown)").FillAsync("Open with **a question about their quarter**.");

        var preview = page.Locator("[data-editor-preview]");
        await Expect(preview.Locator("strong")).ToHaveTextAsync("a question about their quarter");
        await ScreenshotStore.SaveAsync(page, "editor-1280");
        await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
        await ScreenshotStore.SaveAsync(page, "editor-390");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= Phone.Width);
        await page.GetByLabel("Minor change (typo, formatting)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape("/playbooks/" + slug) + "$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is published");
        await Expect(page.Locator(".prose strong")).ToHaveTextAsync("a question about their quarter");
    }

    [ChromiumFact]
    public async Task Edit_TwoTabsOfOneEditor_SecondSaveShowsTheConflictAndKeepsItsText()
    {
        await using var context = await portal.NewAdminContextAsync();
        var first = await context.NewPageAsync();
        var slug = await CreatePlaybookAsync(first, "Conflict journey");
        var second = await context.NewPageAsync();
        await first.GotoAsync("/edit/" + slug);
        await second.GotoAsync("/edit/" + slug);

        await first.GetByLabel("Text (Markdown)").FillAsync("The first tab's version.");
        await first.GetByLabel("Minor change (typo, formatting)").CheckAsync();
        await first.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("is published");
        await second.GetByLabel("Text (Markdown)").FillAsync("The second tab's own words.");
        await second.GetByLabel("Minor change (typo, formatting)").CheckAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();

        await Expect(second.GetByRole(AriaRole.Heading, new() { Name = "This playbook was saved while you were editing" }))
            .ToBeVisibleAsync();
        await Expect(second.GetByLabel("Text (Markdown)")).ToHaveValueAsync("The second tab's own words.");
        await Expect(second.Locator(".diff-inline")).ToContainTextAsync("The first tab's version.");
        await ScreenshotStore.SaveAsync(second, "editor-conflict-1280");
        await second.SetViewportSizeAsync(Phone.Width, Phone.Height);
        await ScreenshotStore.SaveAsync(second, "editor-conflict-390");
        Assert.True(await second.EvaluateAsync<int>("document.documentElement.scrollWidth") <= Phone.Width);
    }

    private static async Task<string> CreatePlaybookAsync(IPage page, string title)
    {
        var slug = "journeys/" + Guid.NewGuid().ToString("N")[..10];
        await page.GotoAsync("/edit/new");
        await page.GetByLabel("Address").FillAsync(slug);
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Text (Markdown)").FillAsync("The text as it was created.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create playbook" }).ClickAsync();
        await Expect(page.TitleHeading(title)).ToBeVisibleAsync();
        return slug;
    }
}
