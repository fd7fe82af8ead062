using System.Globalization;
using System.Net;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.History;

[Collection(SharedPortal.Name)]
public sealed class RevisionCompareTests(PortalFactory portal)
{
    [Theory]
    [InlineData("inline")]
    [InlineData("side")]
    public async Task Compare_TwoRevisions_ShowsWhatChanged(string view)
    {
        var slug = PlaybookWrites.NewSlug("compare");
        var id = await PlaybookWrites.CreateAsync(portal, slug, PlaybookWrites.Text("Pricing", "Quote list price.\nNever discount."));
        var first = await PlaybookWrites.CurrentRevisionIdAsync(portal, id);
        var second = await PlaybookWrites.SaveAsync(portal, id, PlaybookWrites.Text("Pricing", "Quote list price.\nDiscount up to 10%."), "Allow discounts");
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        var page = await editor.GetPageAsync(Url(slug, first, second.RevisionId, view));
        var text = System.Text.RegularExpressions.Regex.Replace(page, "<[^>]+>", "");

        Assert.Contains("From revision 1 to revision 2", page, StringComparison.Ordinal);
        Assert.Contains("Discount up to 10%", text, StringComparison.Ordinal);
        Assert.Contains("Never discount", text, StringComparison.Ordinal);
        Assert.Contains(view == "side" ? "diff-side" : "diff-inline", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/history/{slug}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_RevisionOfAnotherPlaybook_IsNotFound()
    {
        var slug = PlaybookWrites.NewSlug("compare");
        var id = await PlaybookWrites.CreateAsync(portal, slug, PlaybookWrites.Text("Mine", "My text."));
        var otherId = await PlaybookWrites.CreateAsync(portal, PlaybookWrites.NewSlug("compare"), PlaybookWrites.Text("Other", "Secret text."));
        var mine = await PlaybookWrites.CurrentRevisionIdAsync(portal, id);
        var others = await PlaybookWrites.CurrentRevisionIdAsync(portal, otherId);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        using var response = await editor.GetAsync(Url(slug, mine, others, "inline"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Secret text", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_WithoutRevisions_GoesBackToTheHistory()
    {
        var slug = PlaybookWrites.NewSlug("compare");
        await PlaybookWrites.CreateAsync(portal, slug, PlaybookWrites.Text("Alone", "Text."));
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        using var response = await editor.GetAsync($"/history/{slug}/compare");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/history/{slug}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Compare_LargeRevisions_CollapsesUnchangedLines()
    {
        var lines = Enumerable.Range(1, 20_000).Select(n => $"Line {n} of the long handbook page.").ToList();
        var oldBody = string.Join('\n', lines);
        lines[10_000] = "A changed line in the middle.";
        var slug = PlaybookWrites.NewSlug("compare");
        var id = await PlaybookWrites.CreateAsync(portal, slug, PlaybookWrites.Text("Long", oldBody));
        var first = await PlaybookWrites.CurrentRevisionIdAsync(portal, id);
        var second = await PlaybookWrites.SaveAsync(portal, id, PlaybookWrites.Text("Long", string.Join('\n', lines)), "One line");
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);

        var page = await editor.GetPageAsync(Url(slug, first, second.RevisionId, "inline"));

        Assert.Contains("A changed line in the middle.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Line 5000 of the long handbook page.", page, StringComparison.Ordinal);
        Assert.True(page.Length < 200_000, $"The comparison page is {page.Length} characters long.");
    }

    private static string Url(string slug, long from, long to, string view) =>
        string.Create(CultureInfo.InvariantCulture, $"/history/{slug}/compare?from={from}&to={to}&view={view}");
}
