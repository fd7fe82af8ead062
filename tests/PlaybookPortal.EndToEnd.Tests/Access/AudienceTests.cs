using Microsoft.Playwright;
using PlaybookPortal.Core.Access;
using PlaybookPortal.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PlaybookPortal.EndToEnd.Tests.Access;

[Collection(SharedBrowserPortal.Name)]
public sealed class AudienceTests(BrowserPortal portal)
{
    private const string Password = "a-long-rep-password";

    // Every page a rep reaches from home that lists or links playbooks.
    private static readonly string[] RepPages =
        ["/", "/categories/process", "/categories/kpis", "/playbooks/process/sales-process"];

    [ChromiumFact]
    public async Task ManagerOnlyPlaybook_ForRep_IsNowhereAndAnswersNotFound()
    {
        var email = await portal.Server.CreateUserAsync("Rita Rep", Password, PermissionRole.Rep, "sdr");
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(email, Password);

        var categories = page.GetByRole(AriaRole.List, new() { Name = "Categories" });
        await Expect(categories.GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
        await Expect(categories.GetByRole(AriaRole.Link, new() { Name = "pay" })).ToHaveCountAsync(0);
        foreach (var path in RepPages)
        {
            await page.GotoAsync(path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByText("Commission plan")).ToHaveCountAsync(0);
        }

        var hidden = await page.GotoAsync("/playbooks/pay/commission");
        Assert.NotNull(hidden);
        Assert.Equal(404, hidden.Status);
        await Expect(page.TitleHeading("Page not found")).ToBeVisibleAsync();
        var hiddenText = await page.Locator("main").InnerTextAsync();

        // A hidden playbook must not be told apart from one that does not exist.
        var missing = await page.GotoAsync("/playbooks/pay/no-such-playbook");
        Assert.NotNull(missing);
        Assert.Equal(404, missing.Status);
        Assert.Equal(hiddenText, await page.Locator("main").InnerTextAsync());
    }
}
