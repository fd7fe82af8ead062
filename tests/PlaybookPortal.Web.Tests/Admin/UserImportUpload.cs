using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Admin;

/// <summary>Drives /admin/users/import as a browser would: upload for a preview, then confirm.</summary>
internal static partial class UserImportUpload
{
    public const string Path = "/admin/users/import";

    public static Task<HttpResponseMessage> PreviewAsync(SignedInClient admin, string csv) =>
        PreviewAsync(admin, Encoding.UTF8.GetBytes(csv));

    public static async Task<HttpResponseMessage> PreviewAsync(SignedInClient admin, byte[] file)
    {
        var token = Token().Match(await admin.GetPageAsync(Path)).Groups[1].Value;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var upload = new ByteArrayContent(file);
        upload.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(upload, "Upload", "users.csv");
        return await admin.Http.PostAsync(new Uri(Path + "?handler=Preview", UriKind.Relative), content);
    }

    /// <summary>Previews <paramref name="csv"/>, asserts it may be imported, and confirms it.</summary>
    public static async Task<HttpResponseMessage> ImportAsync(SignedInClient admin, string csv)
    {
        using var preview = await PreviewAsync(admin, csv);
        var page = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var payload = PayloadField().Match(page);
        Assert.True(payload.Success, "The preview offers no import: " + Problems(page));
        return await ConfirmAsync(admin, WebUtility.HtmlDecode(payload.Groups[1].Value),
            Token().Match(page).Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> ConfirmAsync(SignedInClient admin, string payload, string token)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Payload"] = payload,
        });
        return await admin.Http.PostAsync(new Uri(Path + "?handler=Import", UriKind.Relative), form);
    }

    public static string? PayloadOf(string page) =>
        PayloadField().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    public static string TokenOf(string page) => Token().Match(page).Groups[1].Value;

    private static string Problems(string page) =>
        Regex.Match(page, "<div class=\"problems\"[^>]*>(.*?)</div>", RegexOptions.Singleline).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Payload\" value=\"([^\"]+)\"")]
    private static partial Regex PayloadField();
}
