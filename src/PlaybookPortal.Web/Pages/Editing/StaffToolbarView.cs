using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data;
using PlaybookPortal.Web.Hosting;

namespace PlaybookPortal.Web.Pages.Editing;

/// <summary>The editing links and the pending revision notice the playbook page shows editors and admins.</summary>
public sealed record StaffToolbarView(string Slug, PendingNotice? Pending)
{
    public static async Task<StaffToolbarView> LoadAsync(
        PortalDbContext db, PortalClock clock, string playbookId, string slug, CancellationToken cancellationToken)
    {
        var row = await db.Playbooks.AsNoTracking()
            .Where(p => p.Id == playbookId && p.PendingRevisionId != null)
            .Select(p => new
            {
                p.CurrentRevisionId,
                CurrentNumber = p.CurrentRevision == null ? (int?)null : p.CurrentRevision.Number,
                PendingId = p.PendingRevision!.Id,
                PendingNumber = p.PendingRevision.Number,
                p.PendingRevision.AuthorName,
                p.PendingRevision.CreatedUtc,
            })
            .FirstOrDefaultAsync(cancellationToken);
        return new StaffToolbarView(slug, row is null ? null : new PendingNotice(
            slug, row.CurrentRevisionId, row.CurrentNumber, row.PendingId, row.PendingNumber,
            row.AuthorName, clock.ToLocal(row.CreatedUtc)));
    }
}
