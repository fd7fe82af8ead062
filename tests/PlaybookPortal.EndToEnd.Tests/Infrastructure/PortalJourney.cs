using Microsoft.Playwright;

namespace PlaybookPortal.EndToEnd.Tests.Infrastructure;

/// <summary>Steps and landmarks several journeys share, named as a reader would say them.</summary>
public static class PortalJourney
{
    /// <summary>The page's title heading (level 1) with exactly this text.</summary>
    public static ILocator TitleHeading(this IPage page, string title) =>
        page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1, Exact = true });

    public static ILocator SignOutButton(this IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Sign out" });

    /// <summary>Fills and submits the sign-in form on the page that shows it.</summary>
    public static async Task SubmitSignInFormAsync(this IPage page, string email, string password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Signs in through the form and waits until the header shows the signed-in user.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.SubmitSignInFormAsync(email, password);
        await Assertions.Expect(page.SignOutButton()).ToBeVisibleAsync();
    }

    public static Task SignInAsAdminAsync(this IPage page) =>
        page.SignInAsync(PortalServer.AdminEmail, PortalServer.AdminPassword);
}
