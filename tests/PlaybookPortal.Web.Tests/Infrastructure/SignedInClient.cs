using System.Net;
using System.Text.RegularExpressions;

namespace PlaybookPortal.Web.Tests.Infrastructure;

/// <summary>An HTTP client with cookies that knows how to post a page's form with its antiforgery token.</summary>
public sealed partial class SignedInClient(HttpClient client, string email) : IDisposable
{
    public HttpClient Http => client;

    public string Email => email;

    public Task<HttpResponseMessage> GetAsync(string path) => client.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<string> GetPageAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>GETs the page at <paramref name="path"/>, then POSTs the fields with its token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(
        string path, IDictionary<string, string> fields, string? handler = null)
    {
        var page = await GetPageAsync(path);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {path}");

        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        var target = handler is null ? path : $"{path}?handler={handler}";
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri(target, UriKind.Relative), content);
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
