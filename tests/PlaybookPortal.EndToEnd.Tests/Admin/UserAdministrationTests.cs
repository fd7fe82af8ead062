using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlaybookPortal.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PlaybookPortal.EndToEnd.Tests.Admin;

[Collection(SharedBrowserPortal.Name)]
public sealed class UserAdministrationTests(BrowserPortal portal)
{
    [ChromiumFact]
    public async Task AddUser_FilledForm_ShowsTheNewUsersPage()
    {
        var email = $"anna-{Guid.NewGuid():N}@e2e.local";
        await using var context = await portal.NewAdminContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/users");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a user" }).ClickAsync();

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Anna Account");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Permission role").SelectOptionAsync(new SelectOptionValue { Label = "Rep" });
        await page.GetByLabel("Position", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = "Account executive" });
        await page.GetByLabel("Initial password").FillAsync("anna-initial-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/admin/users/[^/]+$"));
        await Expect(page.TitleHeading("Anna Account")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Anna Account was added.");
        await Expect(page.GetByLabel("Email", new() { Exact = true })).ToHaveValueAsync(email);
        await Expect(page.GetByLabel("Position", new() { Exact = true })).ToHaveValueAsync("ae");
    }
}
