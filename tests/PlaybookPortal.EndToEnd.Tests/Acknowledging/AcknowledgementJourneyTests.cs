using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlaybookPortal.Core.Access;
using PlaybookPortal.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PlaybookPortal.EndToEnd.Tests.Acknowledging;

[Collection(SharedBrowserPortal.Name)]
public sealed class AcknowledgementJourneyTests(BrowserPortal portal)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [ChromiumFact]
    public async Task Rep_AfterAMaterialChange_ReviewsTheDiffAndConfirms()
    {
        var slug = $"ack-journey/discovery-{Guid.NewGuid():N}"[..30];
        var id = await JourneyPlaybooks.CreateAsync(portal.Server, slug, "Ask about budget.\n\nAsk about timing.");
        var email = await portal.Server.CreateUserAsync("Rita Rep", "rita-rep-password", PermissionRole.Rep);
        await JourneyPlaybooks.AcknowledgeCurrentAsync(portal.Server, email, id);
        await JourneyPlaybooks.PublishAsync(portal.Server, id,
            "Ask about budget.\n\nAsk who signs the contract.\n\nAsk about timing.", "Name the signer early");
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(email, "rita-rep-password");

        await page.GotoAsync("/playbooks/" + slug);
        var banner = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "This playbook changed on" });
        await Expect(banner).ToContainTextAsync("Please review what changed and confirm you have read it.");
        await banner.GetByRole(AriaRole.Link, new() { Name = "Review and confirm" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/acknowledge/"));
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Changes from Revision 1 to Revision 2" }))
            .ToContainTextAsync("Ask who signs the contract.");
        await ScreenshotStore.SaveAsync(page, "acknowledge-1280");
        await SaveOnPhoneAsync(context, page.Url, "acknowledge-390");
        await page.GetByRole(AriaRole.Button, new() { Name = "I have read and understood this revision" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/playbooks/" + Regex.Escape(slug) + "$"));
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "you confirmed revision 2" })).ToBeVisibleAsync();
        await Expect(page.GetByText("This playbook changed on")).ToHaveCountAsync(0);
    }

    [ChromiumFact]
    public async Task Editor_ComparesTwoRevisionsSideBySideAndRestoresOne()
    {
        var slug = $"ack-journey/pricing-{Guid.NewGuid():N}"[..28];
        var id = await JourneyPlaybooks.CreateAsync(portal.Server, slug, "Quote the list price.\n\nNever discount.");
        await JourneyPlaybooks.PublishAsync(portal.Server, id,
            "Quote the list price.\n\nDiscount up to 10% for annual prepayment.", "Allow a prepayment discount");
        await using var context = await portal.NewAdminContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/history/" + slug);
        await Expect(page.TitleHeading("History of Discovery calls")).ToBeVisibleAsync();
        await ScreenshotStore.SaveAsync(page, "history-1280");
        await SaveOnPhoneAsync(context, page.Url, "history-390");
        await page.GetByLabel("Compare from revision 1").CheckAsync();
        await page.GetByLabel("Compare to revision 2").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare side by side" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/compare\\?.*view=side"));
        var sideBySide = page.GetByRole(AriaRole.Region, new() { Name = "Changes from Revision 1 to Revision 2, side by side" });
        await Expect(sideBySide).ToContainTextAsync("Never discount.");
        await Expect(sideBySide).ToContainTextAsync("Discount up to 10% for annual prepayment.");
        await ScreenshotStore.SaveAsync(page, "compare-side-1280");
        await SaveOnPhoneAsync(context, page.Url, "compare-side-390");
        await page.GetByRole(AriaRole.Link, new() { Name = "Inline", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Changes from Revision 1 to Revision 2" })).ToBeVisibleAsync();
        await ScreenshotStore.SaveAsync(page, "compare-inline-1280");
        await SaveOnPhoneAsync(context, page.Url, "compare-inline-390");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the history" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore revision 1" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)
            .Filter(new() { HasText = "Revision 1 was restored and published as revision 3." })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Revision 3" }))
            .ToContainTextAsync("Restored revision 1");
    }

    // The same page in a phone-sized tab of the same signed-in context.
    private static async Task SaveOnPhoneAsync(IBrowserContext context, string url, string name)
    {
        var phone = await context.NewPageAsync();
        await phone.SetViewportSizeAsync(Phone.Width, Phone.Height);
        await phone.GotoAsync(url);
        await ScreenshotStore.SaveAsync(phone, name);
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= Phone.Width, $"{name}: the page is {width} px wide on a 390 px phone.");
        await phone.CloseAsync();
    }
}
