using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Exporting;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Core.Positions;
using PlaybookPortal.Data.People;
using PlaybookPortal.Data.Storage;

namespace PlaybookPortal.Data.Exporting;

/// <summary>
/// Writes <c>positions.yaml</c> into the folder the catalog was imported from, and into a new
/// content root that has none yet (an admin's zip, a fresh checkout), so audiences naming
/// positions still mean something when that export is imported elsewhere. A bare handbook gets
/// none. The file is left as it is while it still says what the database holds, so its
/// comments and layout survive; it is rewritten only after admins changed the catalog.
/// </summary>
internal sealed class PositionsExporter(PortalDbContext db)
{
    public async Task ExportAsync(
        string root, bool isContentRoot, ExportOptions options, ExportReport report,
        CancellationToken cancellationToken)
    {
        var positions = await db.Positions.ToListAsync(cancellationToken);
        var synced = positions.Select(p => p.Source)
            .FirstOrDefault(s => s?.Folder == root && s.RelativePath == ContentDiscovery.PositionsFileName);
        var path = Path.Combine(root, ContentDiscovery.PositionsFileName);
        if (synced is null)
        {
            if (isContentRoot && positions.Count > 0 && !File.Exists(path))
            {
                await File.WriteAllBytesAsync(path, await CatalogBytesAsync(positions, cancellationToken), cancellationToken);
                report.Add(new ExportEntry(ContentDiscovery.PositionsFileName, ExportOutcome.Written, null));
            }

            return;
        }

        if (File.Exists(path))
        {
            // Read as the position importer reads it, so the hashes compare.
            var onDisk = await File.ReadAllTextAsync(path, cancellationToken);
            if (SameCatalog(PositionCatalogParser.Parse(onDisk).Positions, positions))
            {
                report.Add(new ExportEntry(ContentDiscovery.PositionsFileName, ExportOutcome.Unchanged, null));
                return;
            }

            if (ContentHash.Compute(onDisk) != synced.ContentHash && !options.Force)
            {
                report.Add(new ExportEntry(ContentDiscovery.PositionsFileName, ExportOutcome.Conflict,
                    "Changed on disk and in the portal since the last import; left untouched (--force overwrites)."));
                return;
            }
        }

        var text = PositionsYaml.Write(positions);
        await File.WriteAllTextAsync(path, text, cancellationToken);
        foreach (var position in positions)
        {
            position.Source = new ContentSource
            {
                Folder = root,
                RelativePath = ContentDiscovery.PositionsFileName,
                ContentHash = ContentHash.Compute(text),
            };
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        report.Add(new ExportEntry(ContentDiscovery.PositionsFileName, ExportOutcome.Written,
            "The catalog changed in the portal; written from the database."));
    }

    /// <summary>
    /// The file the catalog was imported from, byte for byte, while it still says what the
    /// database holds (its comments and order survive); else the catalog written afresh.
    /// </summary>
    private static async Task<byte[]> CatalogBytesAsync(List<Position> positions, CancellationToken cancellationToken)
    {
        var source = positions.Select(p => p.Source).FirstOrDefault(s => s is not null);
        var original = source is null ? null : Path.Combine(source.Folder, source.RelativePath);
        if (original is not null && File.Exists(original))
        {
            var bytes = await File.ReadAllBytesAsync(original, cancellationToken);
            if (SameCatalog(PositionCatalogParser.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Positions, positions))
            {
                return bytes;
            }
        }

        return System.Text.Encoding.UTF8.GetBytes(PositionsYaml.Write(positions));
    }

    private static bool SameCatalog(IReadOnlyList<PositionDefinition> onDisk, List<Position> stored) =>
        onDisk.Count == stored.Count && onDisk.All(d => stored.Exists(p =>
            p.Id == d.Id && p.Title == d.Title && (p.Description ?? "") == (d.Description ?? "")));
}
