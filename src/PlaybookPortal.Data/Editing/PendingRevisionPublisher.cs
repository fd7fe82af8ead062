using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Changes;
using PlaybookPortal.Data.Importing;

namespace PlaybookPortal.Data.Editing;

/// <summary>
/// Releases a pending revision to readers, or discards it. Publishing is refused as a conflict
/// when the pending revision is no longer the latest, or when a revision was published after
/// the pending edit began (a forced import, say): releasing it then would silently undo that.
/// </summary>
public sealed class PendingRevisionPublisher(
    PortalDbContext db, ChangeLogWriter changes, IPlaybookTextAnalyzer analyzer, TimeProvider time)
{
    public async Task<PlaybookSaveResult> PublishAsync(
        string playbookId, long pendingRevisionId, bool material, string publishedBy,
        CancellationToken cancellationToken)
    {
        var playbook = await PlaybookRows.LoadForWriteAsync(db, playbookId, cancellationToken);
        if (playbook is null)
        {
            return new PlaybookSaveNotFound();
        }

        var pending = playbook.PendingRevisionId is { } id
            ? await db.PlaybookRevisions.FirstAsync(r => r.Id == id, cancellationToken)
            : null;
        if (pending is null || pending.Id != pendingRevisionId || IsStale(pending.BaseRevisionId, playbook.CurrentRevisionId))
        {
            return new PlaybookSaveConflict(PlaybookRows.LatestRevisionId(playbook) ?? 0);
        }

        // Positions may have changed since the edit was saved: read the text again now.
        var (draft, problems) = await new PlaybookTextChecker(db, analyzer)
            .CheckAsync(playbook, pending.SourceText, cancellationToken);
        if (draft is null)
        {
            return new PlaybookSaveRejected(problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changeNumber = await changes.AppendAsync(
            playbook.Id, PlaybookFields.DescribeChange(playbook, draft), cancellationToken);
        if (await PlaybookRows.LatestRevisionIdAsync(db, playbook.Id, cancellationToken) != pending.Id)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new PlaybookSaveConflict(await PlaybookRows.LatestRevisionIdAsync(db, playbook.Id, cancellationToken) ?? 0);
        }

        var now = time.GetUtcNow().UtcDateTime;
        PlaybookFields.Apply(playbook, draft, now);
        PlaybookRows.Release(playbook, pending, material, publishedBy, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PlaybookSaved(pending.Id, pending.Number, changeNumber);
    }

    /// <summary>Drops the pending edit; its revision stays in the history, never published.</summary>
    public async Task<bool> DiscardAsync(string playbookId, long pendingRevisionId, CancellationToken cancellationToken)
    {
        var discarded = await db.Playbooks
            .Where(p => p.Id == playbookId && p.PendingRevisionId == pendingRevisionId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.PendingRevisionId, (long?)null), cancellationToken);
        return discarded == 1;
    }

    // Revision ids only grow: a current revision newer than the pending edit's starting point
    // was published after that edit began.
    private static bool IsStale(long? pendingBase, long? current) =>
        current is { } published && (pendingBase is null || published > pendingBase);
}
