using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data.Playbooks;

namespace PlaybookPortal.Data.Editing;

/// <summary>The few row operations every kind of edit shares.</summary>
internal static class PlaybookRows
{
    public static Task<Playbook?> LoadForWriteAsync(
        PortalDbContext db, string playbookId, CancellationToken cancellationToken) =>
        db.Playbooks.AsSplitQuery()
            .Include(p => p.Tags).Include(p => p.Skills).Include(p => p.Links)
            .FirstOrDefaultAsync(p => p.Id == playbookId, cancellationToken);

    /// <summary>The revision an edit must start from: the pending one when there is one.</summary>
    public static long? LatestRevisionId(Playbook playbook) =>
        playbook.PendingRevisionId ?? playbook.CurrentRevisionId;

    public static Task<long?> LatestRevisionIdAsync(
        PortalDbContext db, string playbookId, CancellationToken cancellationToken) =>
        db.Playbooks.AsNoTracking().Where(p => p.Id == playbookId)
            .Select(p => p.PendingRevisionId ?? p.CurrentRevisionId)
            .SingleAsync(cancellationToken);

    /// <summary>
    /// Takes the playbook row's write lock for the rest of the transaction (the database lock
    /// on SQLite, a row lock on PostgreSQL) for changes that need no change number.
    /// </summary>
    public static Task LockAsync(PortalDbContext db, string playbookId, CancellationToken cancellationToken) =>
        db.Playbooks.Where(p => p.Id == playbookId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedUtc, p => p.UpdatedUtc), cancellationToken);

    /// <summary>Makes <paramref name="revision"/> the one readers see, and asks for acknowledgement when due.</summary>
    public static void Release(
        Playbook playbook, PlaybookRevision revision, bool material, string publishedBy, DateTime nowUtc)
    {
        revision.PublishedUtc = nowUtc;
        revision.PublishedByName = publishedBy;
        revision.IsMaterial = material;
        playbook.CurrentRevision = revision;
        playbook.PendingRevisionId = null;
        playbook.PendingRevision = null;
        // Every material revision becomes the one to acknowledge, whether or not the playbook
        // asks today: it may join an onboarding path or set requires_ack later, and the ledger
        // decides who is asked.
        if (material)
        {
            playbook.AckRevision = revision;
        }
    }
}
