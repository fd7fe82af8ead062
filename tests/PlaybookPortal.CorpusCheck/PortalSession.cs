using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PlaybookPortal.CorpusCheck;

/// <summary>A client signed in as the admin, who may read every playbook, so no page is hidden.</summary>
internal sealed partial class PortalSession : IDisposable
{
    private PortalSession(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    /// <summary>Signs in through the real form; throws when the portal refuses the admin.</summary>
    public static async Task<PortalSession> SignInAsync(
        CorpusPortal portal, CancellationToken cancellationToken)
    {
        // No automatic redirects: the check must see the 302 of a stub, not where it leads.
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
        var session = new PortalSession(client);
        try
        {
            await session.PostLoginAsync(cancellationToken);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public void Dispose() => Client.Dispose();

    private async Task PostLoginAsync(CancellationToken cancellationToken)
    {
        var login = new Uri("/account/login", UriKind.Relative);
        var form = await Client.GetStringAsync(login, cancellationToken);
        var token = TokenField().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = CorpusPortal.AdminEmail,
            ["Input.Password"] = CorpusPortal.AdminPassword,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        });
        using var response = await Client.PostAsync(login, content, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException(
                $"Signing in as the admin answered {(int)response.StatusCode}.");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
