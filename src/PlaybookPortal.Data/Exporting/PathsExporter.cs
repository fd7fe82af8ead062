using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Exporting;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Storage;

namespace PlaybookPortal.Data.Exporting;

/// <summary>
/// Writes every shared, unarchived onboarding path to <c>onboarding/</c>: its stored YAML byte
/// for byte, to the relative path it was imported from (new ones to <c>onboarding/&lt;id&gt;.yaml</c>).
/// Personal paths live in the database only and are never written. A file changed on disk since
/// the portal last synced it is a conflict, left untouched unless forced.
/// </summary>
internal sealed class PathsExporter(PortalDbContext db)
{
    public const string Folder = "onboarding";

    public async Task ExportAsync(string root, ExportOptions options, ExportReport report, CancellationToken cancellationToken)
    {
        var paths = await db.OnboardingPaths
            .Where(p => p.PersonalForUserId == null && !p.IsArchived)
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        foreach (var path in paths)
        {
            var relativePath = path.Source?.RelativePath ?? $"{Folder}/{path.Id}.yaml";
            var syncedHere = path.Source is { } source && source.Folder == root;
            var entry = await ExportFile.WriteAsync(
                Path.Combine(root, relativePath), relativePath, path.SourceText,
                onDisk => Task.FromResult(syncedHere && ContentHash.Compute(onDisk) == path.Source!.ContentHash),
                options.Force, cancellationToken);
            report.Add(entry);

            // Into the folder it came from, the file now holds the stored text: a later disk
            // edit and a portal edit are told apart from here on.
            if (syncedHere && entry.Outcome is ExportOutcome.Written or ExportOutcome.Unchanged)
            {
                path.Source = new ContentSource
                {
                    Folder = root,
                    RelativePath = relativePath,
                    ContentHash = ContentHash.Compute(path.SourceText),
                };
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
