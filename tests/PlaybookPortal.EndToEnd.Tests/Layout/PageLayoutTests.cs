using Microsoft.Playwright;
using PlaybookPortal.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PlaybookPortal.EndToEnd.Tests.Layout;

[Collection(SharedBrowserPortal.Name)]
public sealed class PageLayoutTests(BrowserPortal portal)
{
    private static readonly (string Name, string Path, string Title)[] Pages =
    [
        ("home", "/", "Playbooks"),
        ("playbook", "/playbooks/process/sales-process", "Sales process"),
        ("admin-users", "/admin/users", "Users"),
    ];

    [ChromiumTheory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task MainPages_AtViewport_FitTheWidthAndAreCaptured(int width, int height)
    {
        var viewport = new ViewportSize { Width = width, Height = height };
        await using var context = await portal.NewAdminContextAsync(viewport);
        var page = await context.NewPageAsync();

        foreach (var (name, path, title) in Pages)
        {
            await page.GotoAsync(path);
            await Expect(page.TitleHeading(title)).ToBeVisibleAsync();
            await ScreenshotStore.SaveAsync(page, $"{name}-{width}x{height}");

            // One pixel of slack for sub-pixel layout widths that round up.
            var widths = await page.EvaluateAsync<int[]>(
                "[document.documentElement.scrollWidth, window.innerWidth]");
            Assert.True(
                widths[0] <= widths[1] + 1,
                $"{path} scrolls sideways at {width} px: the page is {widths[0]} px wide.");
        }
    }
}
