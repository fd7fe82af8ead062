using System.Net;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Acknowledging;

[Collection(SharedPortal.Name)]
public sealed class AcknowledgementBannerTests(PortalFactory portal)
{
    private const string Banner = "Please review what changed and confirm you have read it.";

    [Fact]
    public async Task MaterialPublish_RequiresAck_AsksTheAudienceOnly()
    {
        var (slug, id) = await CreateRequiringAckAsync("ae");
        using var inAudience = await portal.SignInNewUserAsync(PermissionRole.Rep, positionId: "ae");
        using var outside = await portal.SignInNewUserAsync(PermissionRole.Rep, positionId: "sdr");
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        await ConfirmAsync(inAudience, slug);
        Assert.DoesNotContain(Banner, await inAudience.GetPageAsync("/playbooks/" + slug), StringComparison.Ordinal);

        await PlaybookWrites.SaveAsync(portal, id, Text("New qualification rule.", "ae"), "New rule");

        Assert.Contains(Banner, await inAudience.GetPageAsync("/playbooks/" + slug), StringComparison.Ordinal);
        Assert.Contains($"href=\"/acknowledge/{slug}\"", await inAudience.GetPageAsync("/"), StringComparison.Ordinal);
        Assert.DoesNotContain(Banner, await editor.GetPageAsync("/playbooks/" + slug), StringComparison.Ordinal);
        using var hidden = await outside.GetAsync("/playbooks/" + slug);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain(slug, await outside.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MinorChange_AfterAcknowledging_AsksNothing()
    {
        var (slug, id) = await CreateRequiringAckAsync(null);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        await ConfirmAsync(rep, slug);

        await PlaybookWrites.SaveAsync(portal, id, Text("Fixed a typo."), "Typo", material: false);

        Assert.DoesNotContain(Banner, await rep.GetPageAsync("/playbooks/" + slug), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_CurrentRevision_ClearsTheBannerAndRecordsIt()
    {
        var (slug, id) = await CreateRequiringAckAsync(null);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        Assert.Contains(Banner, await rep.GetPageAsync("/playbooks/" + slug), StringComparison.Ordinal);
        var current = await PlaybookWrites.CurrentRevisionIdAsync(portal, id);

        using var response = await ConfirmAsync(rep, slug);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/playbooks/" + slug, response.Headers.Location!.OriginalString);
        var page = await rep.GetPageAsync("/playbooks/" + slug);
        Assert.DoesNotContain(Banner, page, StringComparison.Ordinal);
        Assert.Contains("you confirmed revision 1", page, StringComparison.Ordinal);
        await portal.WithDbAsync(async db =>
        {
            var recorded = Assert.Single(db.Acknowledgements.Where(a => a.PlaybookId == id));
            Assert.Equal(current, recorded.RevisionId);
            await Task.CompletedTask;
        });
    }

    [Fact]
    public async Task NewerMaterialChange_AsksAgain_ShowingOnlyWhatChangedSinceTheConfirmedRevision()
    {
        var (slug, id) = await CreateRequiringAckAsync(null);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        await PlaybookWrites.SaveAsync(portal, id, Text("Alpha rule.\nBeta rule."), "Beta");
        await ConfirmAsync(rep, slug);

        await PlaybookWrites.SaveAsync(portal, id, Text("Alpha rule.\nBeta rule.\nGamma rule."), "Gamma");

        Assert.Contains(Banner, await rep.GetPageAsync("/playbooks/" + slug), StringComparison.Ordinal);
        var review = await rep.GetPageAsync("/acknowledge/" + slug);
        Assert.Contains("from revision 2", review, StringComparison.Ordinal);
        Assert.Matches(Inserted("Gamma rule."), review);
        Assert.DoesNotMatch(Inserted("Beta rule."), review);
    }

    [Fact]
    public async Task Confirm_RevisionReplacedMeanwhile_SaysSoAndShowsTheNewerDiff()
    {
        var (slug, id) = await CreateRequiringAckAsync(null);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        var read = await PlaybookWrites.CurrentRevisionIdAsync(portal, id);
        await PlaybookWrites.SaveAsync(portal, id, Text("Arrived while reading."), "Meanwhile");

        using var response = await rep.PostFormAsync("/acknowledge/" + slug,
            new Dictionary<string, string> { ["revisionId"] = read.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("A newer revision arrived while you were reading", page, StringComparison.Ordinal);
        Assert.Matches(Inserted("Arrived while reading."), page);
        await portal.WithDbAsync(db =>
        {
            Assert.Empty(db.Acknowledgements.Where(a => a.PlaybookId == id));
            return Task.CompletedTask;
        });
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("999999999")]
    [InlineData("abc")]
    public async Task Confirm_ARevisionNotShownHere_RecordsNothing_AndDoesNotClaimANewerOneArrived(string posted)
    {
        var (slug, id) = await CreateRequiringAckAsync(null);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        using var response = await rep.PostFormAsync("/acknowledge/" + slug, new Dictionary<string, string> { ["revisionId"] = posted });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("A newer revision arrived", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await portal.WithDbAsync(db =>
        {
            Assert.Empty(db.Acknowledgements.Where(a => a.PlaybookId == id));
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Acknowledge_NeverConfirmedBefore_SaysSoAndLinksTheWholePlaybook()
    {
        var (slug, _) = await CreateRequiringAckAsync(null);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        var page = await rep.GetPageAsync("/acknowledge/" + slug);

        Assert.Contains("You have not confirmed an earlier revision", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/playbooks/{slug}\"", page, StringComparison.Ordinal);
        Assert.Contains("I have read and understood this revision", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/onboarding/next-step", "/onboarding/next-step")]
    [InlineData("https://evil.example/", null)]
    [InlineData("//evil.example/", null)]
    public async Task Confirm_WithReturnUrl_FollowsOnlyLocalOnes(string returnUrl, string? expected)
    {
        var (slug, _) = await CreateRequiringAckAsync(null);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);

        using var response = await ConfirmAsync(rep, slug, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected ?? "/playbooks/" + slug, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Acknowledge_PlaybookTheRepMayNotRead_LooksExactlyLikeAMissingOne()
    {
        var (slug, id) = await CreateRequiringAckAsync("manager");
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        var token = await AntiforgeryToken.FromHomeAsync(rep);
        var current = await PlaybookWrites.CurrentRevisionIdAsync(portal, id);

        using var hidden = await rep.GetAsync("/acknowledge/" + slug);
        using var missing = await rep.GetAsync("/acknowledge/no/such/playbook");
        using var post = await rep.Http.PostAsync(new Uri("/acknowledge/" + slug, UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["revisionId"] = current.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }));

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(WithoutTokens(await missing.Content.ReadAsStringAsync()), WithoutTokens(await hidden.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain("Secret rule", await hidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await portal.WithDbAsync(db =>
        {
            Assert.Empty(db.Acknowledgements.Where(a => a.PlaybookId == id));
            return Task.CompletedTask;
        });
    }

    // The inserted line, whatever attributes scoped CSS adds to the element.
    private static string Inserted(string line) => $"<ins[^>]*>{System.Text.RegularExpressions.Regex.Escape(line)}</ins>";

    // Each response carries a fresh antiforgery token in its sign-out form; nothing else may differ.
    private static string WithoutTokens(string page) =>
        System.Text.RegularExpressions.Regex.Replace(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "");

    private static string Text(string body, string? audience = null) =>
        PlaybookWrites.Text("Qualification", body, audience, requiresAck: true);

    // Creating the playbook publishes revision 1 as a material change, which already asks.
    private async Task<(string Slug, string Id)> CreateRequiringAckAsync(string? audience)
    {
        var slug = PlaybookWrites.NewSlug("acks");
        var id = await PlaybookWrites.CreateAsync(portal, slug, Text("Secret rule one.", audience));
        return (slug, id);
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(SignedInClient rep, string slug, string? returnUrl = null)
    {
        var path = "/acknowledge/" + slug + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var page = await rep.GetPageAsync(path);
        var revision = System.Text.RegularExpressions.Regex.Match(page, "name=\"revisionId\" value=\"(\\d+)\"").Groups[1].Value;
        return await rep.PostFormAsync(path, new Dictionary<string, string> { ["revisionId"] = revision });
    }
}
