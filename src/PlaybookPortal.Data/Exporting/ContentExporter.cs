using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PlaybookPortal.Core.Exporting;

namespace PlaybookPortal.Data.Exporting;

/// <summary>
/// Exports the portal's content to a folder (PRODUCT.md "Content on disk"): every playbook's
/// published revision, byte for byte as stored with only an <c>id:</c> line added, to its
/// original relative path; pending edits never. Importing the export changes nothing. A file
/// changed on disk in a way the portal has not seen is a conflict, reported and left untouched
/// unless forced; one conflict never stops the rest.
/// </summary>
public sealed partial class ContentExporter(PortalDbContext db, ILogger<ContentExporter> logger)
{
    /// <summary>Exports into <paramref name="folder"/>, creating it when missing.</summary>
    public async Task<ExportReport> ExportAsync(
        string folder, ExportOptions options, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();

        // Normalised as the importer normalises it, so a playbook's source folder compares equal.
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(root);
        var report = new ExportReport(root);

        var rows = await db.Playbooks.AsNoTracking().OrderBy(p => p.Slug)
            .Select(p => new ExportRow(p.Id, p.Slug, p.Status, p.Source, p.MovedFromPath, p.CurrentRevisionId))
            .ToListAsync(cancellationToken);
        var layout = ExportLayout.For(root, rows.Select(r => r.Source));
        var playbooks = new PlaybookExporter(db, layout, options, report);
        foreach (var row in rows)
        {
            await playbooks.ExportAsync(row, cancellationToken);
        }

        await new PositionsExporter(db).ExportAsync(root, layout.IsContentRoot, options, report, cancellationToken);

        if (layout.IsContentRoot)
        {
            await new PathsExporter(db).ExportAsync(root, options, report, cancellationToken);
        }

        await new SkillsExporter(db).ExportAsync(root, layout.IsContentRoot, options, report, cancellationToken);
        report.Duration = Stopwatch.GetElapsedTime(started);
        LogExported(root, report.Count(ExportOutcome.Written), report.Count(ExportOutcome.Unchanged),
            report.Count(ExportOutcome.Conflict), report.Count(ExportOutcome.Removed),
            report.Count(ExportOutcome.Skipped), report.Duration.TotalSeconds);
        return report;
    }

    [LoggerMessage(EventId = 1400, Level = LogLevel.Information,
        Message = "Exported to {Folder}: {Written} written, {Unchanged} unchanged, {Conflicts} conflicts, " +
            "{Removed} removed, {Skipped} skipped in {Seconds:F2} s")]
    private partial void LogExported(string folder, int written, int unchanged, int conflicts, int removed,
        int skipped, double seconds);
}
