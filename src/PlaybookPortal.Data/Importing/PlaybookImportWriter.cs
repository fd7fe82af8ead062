using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Exporting;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Changes;
using PlaybookPortal.Data.Playbooks;
using PlaybookPortal.Data.Storage;

namespace PlaybookPortal.Data.Importing;

/// <summary>
/// Saves one <see cref="PlaybookDraft"/>: finds the playbook it belongs to (by front matter
/// id, then by source file), decides added / changed / moved / unchanged / conflict, and
/// writes the revision and its change-log entry in one transaction.
/// </summary>
internal sealed class PlaybookImportWriter(PortalDbContext db, ChangeLogWriter changes, TimeProvider time)
{
    private bool _inPlaybooksFolder;

    public async Task<ImportEntry> SaveAsync(
        PlaybookDraft draft, string folder, bool inPlaybooksFolder, ImportOptions options,
        CancellationToken cancellationToken)
    {
        _inPlaybooksFolder = inPlaybooksFolder;
        var path = draft.File.RelativePath;
        var existing = await FindExistingAsync(draft, folder, cancellationToken);
        var slugOwner = await db.Playbooks.AsNoTracking()
            .Where(p => p.Slug == draft.File.Slug && (existing == null || p.Id != existing.Id))
            .Select(p => new { p.Id, p.Source })
            .FirstOrDefaultAsync(cancellationToken);
        if (slugOwner is not null)
        {
            var other = slugOwner.Source?.RelativePath ?? "a playbook created in the portal";
            return new ImportEntry(path, ImportOutcome.Failed, null,
                $"Slug '{draft.File.Slug}' is already used by {other}.");
        }

        if (existing is null)
        {
            await AddAsync(draft, folder, options, cancellationToken);
            return new ImportEntry(path, ImportOutcome.Added, null, null);
        }

        return await UpdateAsync(existing, draft, folder, options, cancellationToken);
    }

    private async Task<Playbook?> FindExistingAsync(
        PlaybookDraft draft, string folder, CancellationToken cancellationToken)
    {
        var query = db.Playbooks.AsSplitQuery().Include(p => p.CurrentRevision)
            .Include(p => p.Tags).Include(p => p.Skills).Include(p => p.Links);
        if (draft.Fields.Id is { Length: > 0 } id)
        {
            var byId = await query.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (byId is not null)
            {
                return byId;
            }
        }

        var path = draft.File.RelativePath;
        var byPath = await query.FirstOrDefaultAsync(
            p => p.Source != null && p.Source.Folder == folder && p.Source.RelativePath == path,
            cancellationToken);
        if (byPath is not null)
        {
            return byPath;
        }

        // The same file at the same place in a content root that now lives elsewhere (a new
        // release folder, a restore on another machine): the playbook it was imported as.
        var slug = draft.File.Slug;
        return await query.FirstOrDefaultAsync(
            p => p.Slug == slug && p.Source != null && p.Source.RelativePath == path, cancellationToken);
    }

    private async Task AddAsync(
        PlaybookDraft draft, string folder, ImportOptions options, CancellationToken cancellationToken)
    {
        var playbook = new Playbook { Id = await NewIdAsync(draft, folder, cancellationToken) };
        Apply(playbook, draft, folder);
        db.Playbooks.Add(playbook);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Release(playbook, NewRevision(playbook.Id, 1, draft, options));
        await changes.AppendAsync(playbook.Id, ChangeKind.Published, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await MarkSyncedAsync(playbook, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<ImportEntry> UpdateAsync(
        Playbook playbook, PlaybookDraft draft, string folder, ImportOptions options,
        CancellationToken cancellationToken)
    {
        var path = draft.File.RelativePath;
        var current = playbook.CurrentRevision;
        var sameText = current is not null && IsSameText(current, draft, playbook.Id);
        var samePath = playbook.Source?.RelativePath == path;

        // An export read back (here or from the folder it was exported to) is the same page.
        if (playbook.Source is not null && samePath && (playbook.Source.ContentHash == draft.ContentHash
            || (playbook.Source.Folder != folder && sameText)))
        {
            return new ImportEntry(path, ImportOutcome.Unchanged, null, null);
        }

        var moved = playbook.Source is { } source && (source.Folder != folder || !samePath);
        if (!sameText && IsEditedInPortal(playbook) && !options.Force)
        {
            // The file must not silently overwrite work done in the portal since the last sync.
            return new ImportEntry(path, ImportOutcome.Conflict, null,
                "Changed on disk and in the portal since the last import; use --force to overwrite.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var kind = PlaybookFields.DescribeChange(playbook, draft);
        Apply(playbook, draft, folder);
        if (!sameText)
        {
            var number = await PlaybookFields.NextRevisionNumberAsync(db, playbook.Id, cancellationToken);
            Release(playbook, NewRevision(playbook.Id, number, draft, options));
        }

        await changes.AppendAsync(playbook.Id, moved ? ChangeKind.Moved : kind, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await MarkSyncedAsync(playbook, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportEntry(path, moved ? ImportOutcome.Moved : ImportOutcome.Changed, null, null);
    }

    private static bool IsSameText(PlaybookRevision current, PlaybookDraft draft, string id) =>
        current.ContentHash == draft.ContentHash
        || string.Equals(ExportText.WithId(current.SourceText, id), draft.SourceText, StringComparison.Ordinal);

    /// <summary>
    /// A revision (published or pending) newer than the one the file matched at the last sync,
    /// or, for rows synced before that was recorded, a current text that differs from the file's.
    /// </summary>
    private static bool IsEditedInPortal(Playbook playbook)
    {
        var latest = playbook.PendingRevisionId ?? playbook.CurrentRevisionId;
        if (playbook.Source?.SyncedRevisionId is { } synced)
        {
            return latest != synced;
        }

        return playbook.CurrentRevision is { } current && current.ContentHash != playbook.Source?.ContentHash;
    }

    private static void Release(Playbook playbook, PlaybookRevision revision)
    {
        playbook.CurrentRevision = revision;
        // As in PlaybookRows.Release: the latest material revision, whoever is asked.
        if (revision.IsMaterial)
        {
            playbook.AckRevision = revision;
        }
    }

    // The revision id is known only once saved; the file now matches the current revision.
    private async Task MarkSyncedAsync(Playbook playbook, CancellationToken cancellationToken)
    {
        playbook.Source!.SyncedRevisionId = playbook.CurrentRevision?.Id ?? playbook.CurrentRevisionId;
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Apply(Playbook playbook, PlaybookDraft draft, string folder)
    {
        PlaybookFields.Apply(playbook, draft, time.GetUtcNow().UtcDateTime);
        playbook.Source = new ContentSource
        {
            Folder = folder,
            RelativePath = draft.File.RelativePath,
            ContentHash = draft.ContentHash,
            InPlaybooksFolder = _inPlaybooksFolder,
            SyncedRevisionId = playbook.Source?.SyncedRevisionId,
        };
        playbook.MovedFromPath = null;
    }

    private PlaybookRevision NewRevision(
        string playbookId, int number, PlaybookDraft draft, ImportOptions options) => new()
    {
        PlaybookId = playbookId,
        Number = number,
        SourceText = draft.SourceText,
        ContentHash = draft.ContentHash,
        AuthorName = options.AuthorName,
        Message = number == 1 ? "Imported" : "Imported changes from disk",
        CreatedUtc = time.GetUtcNow().UtcDateTime,
        PublishedUtc = time.GetUtcNow().UtcDateTime,
        PublishedByName = options.AuthorName,
        IsMaterial = !options.Minor,
    };

    private async Task<string> NewIdAsync(PlaybookDraft draft, string folder, CancellationToken cancellationToken)
    {
        // Derived from the path so a fresh import of the same folder gives the same ids.
        var id = draft.Fields.Id is { Length: > 0 } given
            ? given
            : ContentHash.Compute(draft.File.RelativePath)[..16];
        if (!await db.Playbooks.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return id;
        }

        return ContentHash.Compute(folder + "\n" + draft.File.RelativePath)[..16];
    }
}
