using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Admin;

[Collection(SharedPortal.Name)]
public sealed class UserImportSafetyTests(PortalFactory portal)
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..8];

    [Theory]
    [InlineData(PermissionRole.Editor)]
    [InlineData(PermissionRole.Manager)]
    public async Task ImportPage_NonAdmin_IsDenied(PermissionRole role)
    {
        using var user = await portal.SignInNewUserAsync(role);
        var token = await AntiforgeryToken.FromHomeAsync(user);

        using var get = await user.GetAsync(UserImportUpload.Path);
        using var form = new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var post = await user.Http.PostAsync(new Uri(UserImportUpload.Path + "?handler=Import",
            UriKind.Relative), form);

        foreach (var response in new[] { get, post })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString,
                StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Preview_WithoutAntiforgeryToken_IsRefused()
    {
        using var admin = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(
            $"email,name,role\nx-{_id}@test.local,X,Rep\n")), "Upload", "u.csv");

        using var response = await admin.Http.PostAsync(new Uri(UserImportUpload.Path + "?handler=Preview",
            UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Confirm_AlteredPayload_SavesNothingAndAsksForTheFileAgain()
    {
        using var admin = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        using var preview = await UserImportUpload.PreviewAsync(admin,
            $"email,name,role\ntamper-{_id}@test.local,T,Rep\n");
        var page = await preview.Content.ReadAsStringAsync();
        var payload = UserImportUpload.PayloadOf(page)!;
        var altered = payload[..^4] + (payload[^4] == 'A' ? "B" : "A") + payload[^3..];

        using var response = await UserImportUpload.ConfirmAsync(admin, altered, UserImportUpload.TokenOf(page));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("upload the file again", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await portal.WithDbAsync(async db => Assert.False(await db.Users.AnyAsync(
            u => u.Email == $"tamper-{_id}@test.local")));
    }

    [Fact]
    public async Task Confirm_PayloadOfAnotherAdmin_IsRefused()
    {
        using var admin = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        using var other = await portal.SignInNewUserAsync(PermissionRole.Admin);
        using var preview = await UserImportUpload.PreviewAsync(admin,
            $"email,name,role\nforeign-{_id}@test.local,F,Rep\n");
        var payload = UserImportUpload.PayloadOf(await preview.Content.ReadAsStringAsync())!;
        var otherToken = UserImportUpload.TokenOf(await other.GetPageAsync(UserImportUpload.Path));

        using var response = await UserImportUpload.ConfirmAsync(other, payload, otherToken);

        Assert.Contains("does not belong to you", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await portal.WithDbAsync(async db => Assert.False(await db.Users.AnyAsync(
            u => u.Email == $"foreign-{_id}@test.local")));
    }

    [Fact]
    public async Task Preview_FileOverTheLimit_SaysSoNextToTheField()
    {
        using var admin = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var file = Encoding.UTF8.GetBytes("email,name,role\n" + new string('#', 1024 * 1024 + 1));

        using var response = await UserImportUpload.PreviewAsync(admin, file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("the limit is 1024 KB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_UnknownColumnAndMissingRole_AreHeaderProblems()
    {
        using var admin = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);

        using var response = await UserImportUpload.PreviewAsync(admin,
            $"email,name,postion\nh-{_id}@test.local,H,ae\n");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("Line 1: unknown column 'postion'", page, StringComparison.Ordinal);
        Assert.Contains("Line 1: missing required column: role (or permission_role)", page, StringComparison.Ordinal);
    }
}
