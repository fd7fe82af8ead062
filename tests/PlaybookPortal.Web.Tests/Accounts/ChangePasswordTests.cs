using System.Net;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Accounts;

[Collection(SharedPortal.Name)]
public sealed class ChangePasswordTests(PortalFactory portal)
{
    private const string OldPassword = "an-old-long-password";
    private const string NewPassword = "a-new-long-password";

    [Fact]
    public async Task WrongCurrentPassword_IsRefusedBesideTheField()
    {
        var email = $"pw-{Guid.NewGuid():N}@test.local";
        await portal.CreateUserAsync(email, OldPassword, PermissionRole.Rep);
        using var user = await portal.SignInAsync(email, OldPassword);

        using var response = await user.PostFormAsync("/account/password", Fields("not-my-password-at-all", NewPassword));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That is not your current password.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var again = await portal.SignInAsync(email, OldPassword);
    }

    [Fact]
    public async Task RightCurrentPassword_ChangesIt_AndTheNewOneSignsIn()
    {
        var email = $"pw-{Guid.NewGuid():N}@test.local";
        await portal.CreateUserAsync(email, OldPassword, PermissionRole.Rep);
        using var user = await portal.SignInAsync(email, OldPassword);

        using var response = await user.PostFormAsync("/account/password", Fields(OldPassword, NewPassword));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Your password has been changed.", await user.GetPageAsync("/account/password"), StringComparison.Ordinal);
        using var signedInAgain = await portal.SignInAsync(email, NewPassword);
    }

    private static Dictionary<string, string> Fields(string current, string next) => new()
    {
        ["Input.CurrentPassword"] = current,
        ["Input.Password"] = next,
        ["Input.ConfirmPassword"] = next,
    };
}
