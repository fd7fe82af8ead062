using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Access;

[Collection(SharedPortal.Name)]
public sealed class AnonymousAccessTests(PortalFactory portal)
{
    // PRODUCT.md: anonymous visitors reach sign-in, forgotten and reset password, /healthz and
    // static assets, nothing else.
    private static readonly string[] AnonymousPaths =
        ["/account/login", "/account/forgot-password", "/account/reset-password", "/healthz"];

    [Fact]
    public async Task EveryEndpoint_Anonymous_ReachesOnlyTheListedOnes()
    {
        var sources = portal.Services.GetRequiredService<EndpointDataSource>();
        var patterns = sources.Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Distinct()
            .ToList();
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        var reached = new List<string>();
        foreach (var pattern in patterns)
        {
            var path = Concrete(pattern);
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                using var request = new HttpRequestMessage(method, path);
                using var response = await client.SendAsync(request);
                if (IsAnswered(response) && !AnonymousPaths.Contains(path))
                {
                    reached.Add($"{method} {path} -> {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(patterns.Count > 10, "the walk found too few endpoints to mean anything");
        Assert.Empty(reached);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/playbooks/general/welcome")]
    [InlineData("/categories/general")]
    [InlineData("/admin/users")]
    [InlineData("/error")]
    public async Task Page_Anonymous_RedirectsToSignIn(string path)
    {
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString);
    }

    // A redirect to sign-in, a refusal or a missing page is not an answer; 200 or a redirect
    // elsewhere would be.
    private static bool IsAnswered(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is 401 or 403 or 404 or 405 or 400)
        {
            return false;
        }

        var location = response.Headers.Location?.OriginalString ?? "";
        return !(status == 302 && location.Contains("/account/login", StringComparison.Ordinal));
    }

    private static string Concrete(string pattern) => System.Text.RegularExpressions.Regex
        .Replace(pattern, @"\{\*{0,2}(\w+)[^}]*\}", m => m.Groups[1].Value == "id" ? "1" : "general/welcome");
}
