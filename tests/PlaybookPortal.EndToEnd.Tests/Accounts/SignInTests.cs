using Microsoft.Playwright;
using PlaybookPortal.Core.Access;
using PlaybookPortal.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PlaybookPortal.EndToEnd.Tests.Accounts;

[Collection(SharedBrowserPortal.Name)]
public sealed class SignInTests(BrowserPortal portal)
{
    private const string Password = "the-right-password";
    private const string WrongPassword = "not-the-password";

    [ChromiumFact]
    public async Task SignIn_FiveWrongPasswords_SaysTheAccountIsLocked()
    {
        var email = await portal.Server.CreateUserAsync("Luke Locked", Password, PermissionRole.Rep);
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        var alert = page.GetByRole(AriaRole.Alert);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await page.SubmitSignInFormAsync(email, WrongPassword);
            await Expect(alert).ToContainTextAsync("not correct");
        }

        await page.SubmitSignInFormAsync(email, WrongPassword);
        await Expect(alert).ToContainTextAsync("locked");

        // The lockout is real: now even the right password is refused.
        await page.SubmitSignInFormAsync(email, Password);
        await Expect(alert).ToContainTextAsync("locked");
        await Expect(page.SignOutButton()).ToHaveCountAsync(0);
    }
}
