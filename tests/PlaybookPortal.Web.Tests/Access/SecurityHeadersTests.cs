using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Access;

[Collection(SharedPortal.Name)]
public sealed class SecurityHeadersTests(PortalFactory portal)
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/healthz")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task Response_CarriesStrictSecurityHeaders(string path)
    {
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Single(response.Headers.GetValues("Referrer-Policy"));
    }
}
