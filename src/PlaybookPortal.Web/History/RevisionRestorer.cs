using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Editing;

namespace PlaybookPortal.Web.History;

/// <summary>
/// Restores an old revision by publishing its text again as a new, material revision: the
/// history only grows, and readers who must acknowledge the playbook are asked again, since
/// going back is as much a change to them as going forward.
/// </summary>
public sealed partial class RevisionRestorer(
    PortalDbContext db, PlaybookRevisionSaver saver, ILogger<RevisionRestorer> logger)
{
    /// <param name="playbookId">The playbook whose history is shown.</param>
    /// <param name="revisionId">The old revision to bring back.</param>
    /// <param name="baseRevisionId">The latest revision when the history was shown; a newer one is a conflict.</param>
    /// <param name="userId">Who restores.</param>
    /// <param name="userName">Their name, shown in the history.</param>
    /// <param name="cancellationToken">Stops the work before the save commits.</param>
    public async Task<RestoreResult> RestoreAsync(
        string playbookId, long revisionId, long baseRevisionId, string userId, string userName,
        CancellationToken cancellationToken)
    {
        var old = await db.PlaybookRevisions.AsNoTracking()
            .Where(r => r.Id == revisionId && r.PlaybookId == playbookId)
            .Select(r => new { r.Number, r.SourceText })
            .SingleOrDefaultAsync(cancellationToken);
        if (old is null)
        {
            return new RestoreNotFound();
        }

        var pendingNumber = await db.Playbooks.AsNoTracking()
            .Where(p => p.Id == playbookId && p.PendingRevisionId != null)
            .Select(p => (int?)p.PendingRevision!.Number)
            .SingleOrDefaultAsync(cancellationToken);
        if (pendingNumber is { } pending)
        {
            return new RestoreBlockedByPending(pending);
        }

        var save = new PlaybookSave(
            playbookId, old.SourceText, baseRevisionId, userId, userName, $"Restored revision {old.Number}")
        { Publish = true, Material = true };
        var result = await saver.SaveAsync(save, cancellationToken);

        switch (result)
        {
            case PlaybookSaved saved:
                LogRestored(playbookId, old.Number, saved.Number);
                return new RestoreDone(old.Number, saved.Number);
            case PlaybookSaveConflict:
                return new RestoreConflict();
            case PlaybookSaveRejected rejected:
                LogRejected(playbookId, old.Number, rejected.Problems.Count);
                return new RestoreRejected(rejected.Problems);
            default:
                return new RestoreNotFound();
        }
    }

    [LoggerMessage(EventId = 5100, Level = LogLevel.Information,
        Message = "Playbook {PlaybookId}: revision {RestoredNumber} restored as revision {NewNumber}")]
    private partial void LogRestored(string playbookId, int restoredNumber, int newNumber);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning,
        Message = "Playbook {PlaybookId}: restoring revision {RestoredNumber} was refused with {ProblemCount} problems")]
    private partial void LogRejected(string playbookId, int restoredNumber, int problemCount);
}
