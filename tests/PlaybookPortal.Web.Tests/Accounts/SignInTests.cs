using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Accounts;

[Collection(SharedPortal.Name)]
public sealed class SignInTests(PortalFactory portal)
{
    [Fact]
    public async Task FirstAdmin_ConfiguredPassword_SignsIn()
    {
        using var admin = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);

        var page = await admin.GetPageAsync("/admin/users");

        Assert.Contains("Administrator", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenWithTheRightOneAfter()
    {
        var email = $"lock-{Guid.NewGuid():N}@test.local";
        await portal.CreateUserAsync(email, "the-right-password", PermissionRole.Rep);
        using var client = new SignedInClient(portal.CreateClient(new() { AllowAutoRedirect = false }), email);

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await PostLoginAsync(client, email, "not-the-password");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await PostLoginAsync(client, email, "the-right-password");
        var body = await right.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked after 5 failed attempts", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveWrongPasswords_ForAnUnknownAddress_AnswerExactlyLikeARealAccount()
    {
        var email = $"ghost-{Guid.NewGuid():N}@test.local";
        using var client = new SignedInClient(portal.CreateClient(new() { AllowAutoRedirect = false }), email);

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await PostLoginAsync(client, email, "not-the-password");
        }

        using var sixth = await PostLoginAsync(client, email, "not-the-password");

        Assert.Contains("locked after 5 failed attempts", await sixth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgotPassword_TwiceAtOnce_AnswersBothTimes()
    {
        var email = $"twice-{Guid.NewGuid():N}@test.local";
        await portal.CreateUserAsync(email, "a-long-test-password", PermissionRole.Rep);
        using var client = new SignedInClient(portal.CreateClient(new() { AllowAutoRedirect = false }), email);
        var form = new Dictionary<string, string> { ["Input.Email"] = email };

        using var first = await client.PostFormAsync("/account/forgot-password", form);
        using var second = await client.PostFormAsync("/account/forgot-password", form);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task DisabledUser_IsRefusedAtTheNextRequest()
    {
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep);
        await rep.GetPageAsync("/");

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = await users.FindByEmailAsync(rep.Email);
            user!.IsDisabled = true;
            await users.UpdateAsync(user);
        }

        using var response = await rep.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemotedManager_LosesManagerPlaybooksAtTheNextRequest()
    {
        using var manager = await portal.SignInNewUserAsync(PermissionRole.Manager);
        await manager.GetPageAsync("/playbooks/pay/commission");

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = await users.FindByEmailAsync(manager.Email);
            user!.Role = PermissionRole.Rep;
            await users.UpdateAsync(user);
        }

        using var response = await manager.GetAsync("/playbooks/pay/commission");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ForgotPassword_AnswersTheSame_ForKnownAndUnknownAddresses()
    {
        var email = $"forgot-{Guid.NewGuid():N}@test.local";
        await portal.CreateUserAsync(email, "a-long-test-password", PermissionRole.Rep);
        using var client = new SignedInClient(portal.CreateClient(new() { AllowAutoRedirect = false }), email);

        using var known = await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        using var unknown = await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "nobody@test.local" });

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(StripTokens(await known.Content.ReadAsStringAsync()), StripTokens(await unknown.Content.ReadAsStringAsync()));
        var outbox = Path.Combine(portal.DataRoot, "outbox");
        Assert.Contains(Directory.GetFiles(outbox), f => File.ReadAllText(f).Contains(email, StringComparison.Ordinal));
        Assert.DoesNotContain(Directory.GetFiles(outbox), f => File.ReadAllText(f).Contains("nobody@test.local", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = PortalFactory.AdminEmail, ["Input.Password"] = PortalFactory.AdminPassword,
        });

        using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static Task<HttpResponseMessage> PostLoginAsync(SignedInClient client, string email, string password) =>
        client.PostFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password,
        });

    private static string StripTokens(string html) => System.Text.RegularExpressions.Regex
        .Replace(html, "value=\"CfDJ8[^\"]*\"", "value=\"\"");
}
