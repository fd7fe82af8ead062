using System.Text.RegularExpressions;

namespace PlaybookPortal.Web.Tests.Infrastructure;

/// <summary>
/// A valid antiforgery token for a signed-in client, taken from the sign-out form every page
/// has: for posting to a page that the client may not open (and so cannot take a token from).
/// </summary>
internal static partial class AntiforgeryToken
{
    public static async Task<string> FromHomeAsync(SignedInClient client)
    {
        var home = await client.GetPageAsync("/");
        var match = TokenPattern().Match(home);
        Assert.True(match.Success, "The home page has no antiforgery token.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
