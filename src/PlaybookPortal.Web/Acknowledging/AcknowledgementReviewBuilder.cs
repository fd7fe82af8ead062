using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Components;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Acknowledging;

namespace PlaybookPortal.Web.Acknowledging;

/// <summary>
/// Builds the <see cref="AcknowledgementReview"/> for one reader: the differences between the
/// revision they last confirmed (or the one they were reading when a newer one arrived) and
/// the current revision, so they review only what is new to them.
/// </summary>
public sealed class AcknowledgementReviewBuilder(PortalDbContext db, AcknowledgementLedger ledger)
{
    /// <param name="userId">The reader.</param>
    /// <param name="playbookId">A playbook the caller has checked the reader may read.</param>
    /// <param name="readRevisionId">
    /// The revision the reader had in front of them, when it is no longer current; the
    /// differences then start there. Ignored unless it is one of this playbook's revisions.
    /// </param>
    /// <param name="cancellationToken">Stops the database reads.</param>
    /// <returns>Null when the playbook has no published revision.</returns>
    public async Task<AcknowledgementReview?> BuildAsync(
        string userId, string playbookId, long? readRevisionId, CancellationToken cancellationToken)
    {
        var current = await db.Playbooks.AsNoTracking()
            .Where(p => p.Id == playbookId && p.CurrentRevision != null)
            .Select(p => new { p.CurrentRevision!.Id, p.CurrentRevision.Number, p.CurrentRevision.SourceText })
            .SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return null;
        }

        var confirmed = await ledger.LastAcknowledgedAsync(userId, playbookId, cancellationToken);
        if (confirmed >= current.Id)
        {
            return new AcknowledgementReview(current.Id, current.Number, current.Number, null, AlreadyConfirmed: true);
        }

        var sinceId = readRevisionId is { } read && (confirmed is null || read > confirmed) ? read : confirmed;
        var since = sinceId is null ? null : await db.PlaybookRevisions.AsNoTracking()
            .Where(r => r.Id == sinceId && r.PlaybookId == playbookId)
            .Select(r => new { r.Number, r.SourceText })
            .SingleOrDefaultAsync(cancellationToken);
        if (since is null)
        {
            return new AcknowledgementReview(current.Id, current.Number, null, null, AlreadyConfirmed: false);
        }

        var diff = RevisionDiffBuilder.Build(since.SourceText, current.SourceText);
        return new AcknowledgementReview(current.Id, current.Number, since.Number, diff, AlreadyConfirmed: false);
    }
}
