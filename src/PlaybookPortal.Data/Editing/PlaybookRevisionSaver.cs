using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Changes;
using PlaybookPortal.Data.Importing;
using PlaybookPortal.Data.Playbooks;

namespace PlaybookPortal.Data.Editing;

/// <summary>
/// Saves an edit of an existing playbook as a new revision, published (with its change-log
/// entry) or pending, in one transaction. The same rules as the importer derive title,
/// audience, tags and the rest from the text. A save based on an older revision than the
/// latest one (published or pending) is refused, and the check happens after the playbook's
/// write lock is taken, so two concurrent saves of the same revision cannot both win.
/// </summary>
public sealed class PlaybookRevisionSaver(
    PortalDbContext db, ChangeLogWriter changes, IPlaybookTextAnalyzer analyzer, TimeProvider time)
{
    public async Task<PlaybookSaveResult> SaveAsync(PlaybookSave save, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(save);
        var playbook = await PlaybookRows.LoadForWriteAsync(db, save.PlaybookId, cancellationToken);
        if (playbook is null)
        {
            return new PlaybookSaveNotFound();
        }

        if (PlaybookRows.LatestRevisionId(playbook) != save.BaseRevisionId)
        {
            return new PlaybookSaveConflict(PlaybookRows.LatestRevisionId(playbook) ?? 0);
        }

        var checker = new PlaybookTextChecker(db, analyzer);
        var (draft, problems) = await checker.CheckAsync(playbook, save.SourceText, cancellationToken);
        if (draft is null)
        {
            return new PlaybookSaveRejected(problems);
        }

        // Saving the text unchanged makes no revision: publishing it releases the pending edit
        // it came from, anything else says there is nothing to save.
        var unchanged = await db.PlaybookRevisions.AsNoTracking()
            .AnyAsync(r => r.Id == save.BaseRevisionId && r.ContentHash == draft.ContentHash, cancellationToken);
        if (unchanged)
        {
            return save.Publish && playbook.PendingRevisionId == save.BaseRevisionId
                ? await new PendingRevisionPublisher(db, changes, analyzer, time).PublishAsync(
                    playbook.Id, save.BaseRevisionId, save.Material, save.AuthorName, cancellationToken)
                : new PlaybookSaveRejected(["Nothing changed: the text is the same as the revision you started from."]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        long? changeNumber = null;
        if (save.Publish)
        {
            changeNumber = await changes.AppendAsync(
                playbook.Id, PlaybookFields.DescribeChange(playbook, draft), cancellationToken);
        }
        else
        {
            await PlaybookRows.LockAsync(db, playbook.Id, cancellationToken);
        }

        // Holding the lock now: a save that committed meanwhile is visible here.
        var latest = await PlaybookRows.LatestRevisionIdAsync(db, playbook.Id, cancellationToken);
        if (latest != save.BaseRevisionId)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new PlaybookSaveConflict(latest ?? 0);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var revision = new PlaybookRevision
        {
            PlaybookId = playbook.Id,
            Number = await PlaybookFields.NextRevisionNumberAsync(db, playbook.Id, cancellationToken),
            SourceText = save.SourceText,
            ContentHash = draft.ContentHash,
            AuthorId = save.AuthorId,
            AuthorName = save.AuthorName,
            Message = save.Message,
            CreatedUtc = now,
            BaseRevisionId = save.BaseRevisionId,
        };
        if (save.Publish)
        {
            PlaybookFields.Apply(playbook, draft, now);
            PlaybookRows.Release(playbook, revision, save.Material, save.AuthorName, now);
        }
        else
        {
            playbook.PendingRevision = revision;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PlaybookSaved(revision.Id, revision.Number, changeNumber);
    }
}
