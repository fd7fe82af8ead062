using System.Globalization;
using System.IO.Compression;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Exporting;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Exporting;
using PlaybookPortal.Web.Hosting;

namespace PlaybookPortal.Web.Pages.Admin.Export;

public sealed partial class IndexModel(
    PortalDbContext db, ContentExporter exporter, PortalClock clock, ILogger<IndexModel> logger) : PageModel
{
    public int PublishedCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        PublishedCount = await db.Playbooks.CountAsync(p => p.CurrentRevisionId != null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The same export an operator runs, into a folder of its own: a fresh folder has no
        // sync record, so nothing in the database changes and nothing can conflict.
        var folder = Directory.CreateTempSubdirectory("portal-export-").FullName;
        try
        {
            var report = await exporter.ExportAsync(folder, new ExportOptions(), cancellationToken);
            var zip = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite,
                FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
            await ZipFile.CreateFromDirectoryAsync(folder, zip, CompressionLevel.Optimal, false, cancellationToken);
            zip.Position = 0;

            LogDownloaded(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "?",
                report.Count(ExportOutcome.Written), report.Count(ExportOutcome.Skipped));
            var name = $"playbooks-{clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.zip";
            return File(zip, "application/zip", name);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [LoggerMessage(EventId = 1401, Level = LogLevel.Information,
        Message = "Export downloaded by user {UserId}: {Written} files, {Skipped} skipped")]
    private partial void LogDownloaded(string userId, int written, int skipped);
}
