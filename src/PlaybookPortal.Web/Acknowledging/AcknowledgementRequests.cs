using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Acknowledging;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Acknowledging;

/// <summary>
/// The acknowledgements a reader owes, limited to what the reader may read: the ledger asks
/// by audience only, and a playbook the reader may not read must not show up even here.
/// </summary>
public sealed class AcknowledgementRequests(AcknowledgementLedger ledger, PortalDbContext db, PortalClock clock)
{
    /// <summary>Every open request, the most recent change first.</summary>
    public async Task<IReadOnlyList<AcknowledgementRequest>> OpenAsync(
        ReaderView view, CancellationToken cancellationToken)
    {
        var ids = await ledger.OpenRequestsAsync(view.Reader, cancellationToken);
        var readable = view.Readable().Where(e => ids.Contains(e.Id)).ToDictionary(e => e.Id);
        if (readable.Count == 0)
        {
            return [];
        }

        var keys = readable.Keys.ToList();
        var changed = await db.Playbooks.AsNoTracking()
            .Where(p => keys.Contains(p.Id) && p.AckRevision != null)
            .Select(p => new { p.Id, p.AckRevision!.PublishedUtc, p.AckRevision.CreatedUtc })
            .ToListAsync(cancellationToken);
        return changed
            .Select(c => new AcknowledgementRequest(readable[c.Id], clock.ToLocal(c.PublishedUtc ?? c.CreatedUtc)))
            .OrderByDescending(r => r.ChangedLocal)
            .ToList();
    }

    /// <summary>The open request for one playbook the reader is looking at, or null.</summary>
    public async Task<AcknowledgementRequest?> ForAsync(
        ReaderView view, string playbookId, CancellationToken cancellationToken)
    {
        var open = await OpenAsync(view, cancellationToken);
        return open.FirstOrDefault(r => r.Playbook.Id == playbookId);
    }
}
