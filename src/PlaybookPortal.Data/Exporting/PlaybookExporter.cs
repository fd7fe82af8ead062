using System.Text;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Exporting;
using PlaybookPortal.Core.Importing;

namespace PlaybookPortal.Data.Exporting;

/// <summary>
/// Exports one playbook's published revision to its file, removes the old file of a playbook
/// moved in the portal, and, in the folder the playbook was imported from, records what the
/// file now holds so the next import sees it as unchanged and a later disk edit is told apart
/// from a portal edit.
/// </summary>
internal sealed class PlaybookExporter(
    PortalDbContext db, ExportLayout layout, ExportOptions options, ExportReport report)
{
    // Case-insensitive: two paths differing only in case are one file on some file systems.
    private readonly HashSet<string> _claimed = new(StringComparer.OrdinalIgnoreCase);

    public async Task ExportAsync(ExportRow row, CancellationToken cancellationToken)
    {
        var relativePath = layout.PathOf(row.Source, row.Slug);
        if (row.CurrentRevisionId is not { } revisionId)
        {
            report.Add(new ExportEntry(
                relativePath, ExportOutcome.Skipped, "Never published: only a pending edit exists."));
            return;
        }

        var source = await db.PlaybookRevisions.Where(r => r.Id == revisionId)
            .Select(r => r.SourceText).SingleAsync(cancellationToken);
        if (Skip(row, source, relativePath) is { } skipped)
        {
            report.Add(skipped);
            return;
        }

        var text = ExportText.WithId(source, row.Id);
        var entry = await ExportFile.WriteAsync(layout.FullPathOf(relativePath)!, relativePath, text,
            disk => SeenByPortalAsync(row, disk, cancellationToken), options.Force, cancellationToken);
        report.Add(entry);
        if (!IsSourceFolder(row) || entry.Outcome == ExportOutcome.Conflict)
        {
            return;
        }

        var oldFileGone = await RemoveOldFileAsync(row, relativePath, cancellationToken);
        await MarkSyncedAsync(row.Id, text, revisionId, oldFileGone, cancellationToken);
    }

    private ExportEntry? Skip(ExportRow row, string source, string relativePath)
    {
        // A playbook archived by an import with --prune lost its file; writing it would bring
        // the file, and the page, back. One whose text says it is archived is written as it is.
        if (row.Status == PlaybookStatus.Archived
            && FrontMatterParser.Parse(source).Fields.Status != PlaybookStatus.Archived)
        {
            return new ExportEntry(relativePath, ExportOutcome.Skipped,
                "Archived because its file vanished; not written back.");
        }

        if (layout.FullPathOf(relativePath) is null)
        {
            return new ExportEntry(relativePath, ExportOutcome.Skipped, "The path leaves the export folder.");
        }

        return _claimed.Add(relativePath) ? null : new ExportEntry(relativePath, ExportOutcome.Conflict,
            $"Playbook '{row.Slug}' has the same path as another exported playbook; not written.");
    }

    private bool IsSourceFolder(ExportRow row) => row.Source?.Folder == layout.Root;

    /// <summary>
    /// In the folder the playbook came from, the file is as the portal last saw it when its hash
    /// is the one recorded at the last import or export. Anywhere else there is no record, so
    /// a file holding one of the playbook's revisions (as stored or as exported) counts as seen.
    /// </summary>
    private async Task<bool> SeenByPortalAsync(ExportRow row, string onDisk, CancellationToken cancellationToken)
    {
        if (IsSourceFolder(row))
        {
            return ContentHash.Compute(onDisk) == row.Source!.ContentHash;
        }

        var revisions = await db.PlaybookRevisions.Where(r => r.PlaybookId == row.Id)
            .Select(r => r.SourceText).ToListAsync(cancellationToken);
        return revisions.Exists(text => text == onDisk || ExportText.WithId(text, row.Id) == onDisk);
    }

    /// <returns>True when no old file is left to remove.</returns>
    private async Task<bool> RemoveOldFileAsync(ExportRow row, string newPath, CancellationToken cancellationToken)
    {
        if (row.MovedFromPath is not { } movedFrom)
        {
            return true;
        }

        var oldPath = ExportLayout.OldPathOf(row.Source!, movedFrom);
        var oldFullPath = layout.FullPathOf(oldPath);
        if (oldFullPath is null || !File.Exists(oldFullPath)
            || string.Equals(oldPath, newPath, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Decoded as the importer hashed it: a byte-order mark stays part of the text.
        var onDisk = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(oldFullPath, cancellationToken));
        if (ContentHash.Compute(onDisk) != row.Source!.ContentHash && !options.Force)
        {
            report.Add(new ExportEntry(oldPath, ExportOutcome.Conflict,
                $"Moved in the portal to {newPath}, but the old file changed on disk since the last sync; " +
                "left in place (export with --force to remove it)."));
            return false;
        }

        File.Delete(oldFullPath);
        RemoveEmptyFolders(Path.GetDirectoryName(oldFullPath)!);
        report.Add(new ExportEntry(oldPath, ExportOutcome.Removed, $"Moved in the portal to {newPath}."));
        return true;
    }

    // A folder the move emptied would otherwise show up in a comparison with the original.
    private void RemoveEmptyFolders(string folder)
    {
        while (folder.Length > layout.Root.Length && Directory.Exists(folder)
            && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    private async Task MarkSyncedAsync(
        string playbookId, string text, long revisionId, bool oldFileGone, CancellationToken cancellationToken)
    {
        var playbook = await db.Playbooks.FirstAsync(p => p.Id == playbookId, cancellationToken);
        playbook.Source!.ContentHash = ContentHash.Compute(text);
        playbook.Source.SyncedRevisionId = revisionId;
        if (oldFileGone)
        {
            playbook.MovedFromPath = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
