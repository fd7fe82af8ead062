using System.IO.Compression;
using System.Net;
using System.Text;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Exporting;

public sealed class ExportDownloadTests : IAsyncLifetime
{
    private ExportPortal _portal = null!;

    public async Task InitializeAsync()
    {
        _portal = await ExportPortal.StartAsync();
        ExportHandbook.WriteTo(_portal.Folder("handbook"));
        await _portal.ImportAsync(_portal.Folder("handbook"));
    }

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task Download_AsAdmin_ZipHoldsTheSameFilesAsTheExport()
    {
        using var admin = await _portal.Portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var folder = _portal.Folder("export");
        await _portal.ExportAsync(folder);

        using var response = await admin.PostFormAsync("/admin/export", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var fileName = response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
        Assert.Matches(@"^playbooks-\d{4}-\d{2}-\d{2}\.zip$", fileName);
        await using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var entries = zip.Entries.Where(e => e.Length > 0 || !e.FullName.EndsWith('/')).ToList();
        Assert.Equal(ExportHandbook.Files.Keys.Order(), entries.Select(e => e.FullName).Order());
        foreach (var entry in entries)
        {
            await using var stream = await entry.OpenAsync();
            using var bytes = new MemoryStream();
            await stream.CopyToAsync(bytes);
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, entry.FullName)), bytes.ToArray());
        }
    }

    [Fact]
    public async Task ExportPage_AsAdmin_OffersTheDownload()
    {
        using var admin = await _portal.Portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);

        var page = await admin.GetPageAsync("/admin/export");

        Assert.Contains("Download zip", page, StringComparison.Ordinal);
        Assert.Contains($"{ExportHandbook.Files.Count} published playbooks", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PermissionRole.Editor)]
    [InlineData(PermissionRole.Manager)]
    public async Task Download_AsNonAdmin_IsDeniedWithoutAZip(PermissionRole role)
    {
        using var user = await _portal.Portal.SignInNewUserAsync(role);
        using var admin = await _portal.Portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var adminPage = await admin.GetPageAsync("/admin/export");
        var token = System.Text.RegularExpressions.Regex.Match(
            adminPage, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        using var get = await user.GetAsync("/admin/export");
        using var form = new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var post = await user.Http.PostAsync(new Uri("/admin/export", UriKind.Relative), form);

        // The portal answers a signed-in user without the role with its access-denied page.
        foreach (var response in new[] { get, post })
        {
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual("application/zip", response.Content.Headers.ContentType?.MediaType);
            var location = response.Headers.Location?.OriginalString ?? "";
            Assert.Contains("/account/access-denied", location, StringComparison.Ordinal);
        }

        var body = Encoding.UTF8.GetString(await get.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("Download zip", body, StringComparison.Ordinal);
    }
}
