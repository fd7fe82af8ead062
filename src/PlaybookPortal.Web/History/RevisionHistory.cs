using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data;
using PlaybookPortal.Web.Hosting;

namespace PlaybookPortal.Web.History;

/// <summary>
/// Reads a playbook's revisions a page at a time, without their text: a playbook with
/// hundreds of 2 MB revisions must list as fast as one with three.
/// </summary>
public sealed class RevisionHistory(PortalDbContext db, PortalClock clock)
{
    public const int PageSize = 50;

    /// <summary>The page (clamped to the pages there are), or null when the playbook has no revisions.</summary>
    public async Task<RevisionHistoryPage?> LoadAsync(string playbookId, int page, CancellationToken cancellationToken)
    {
        var playbook = await db.Playbooks.AsNoTracking()
            .Where(p => p.Id == playbookId)
            .Select(p => new { p.CurrentRevisionId, p.PendingRevisionId })
            .SingleOrDefaultAsync(cancellationToken);
        var revisions = db.PlaybookRevisions.AsNoTracking().Where(r => r.PlaybookId == playbookId);
        var total = await revisions.CountAsync(cancellationToken);
        if (playbook is null || total == 0)
        {
            return null;
        }

        var pageCount = (total + PageSize - 1) / PageSize;
        page = Math.Clamp(page, 1, pageCount);
        var rows = await revisions
            .OrderByDescending(r => r.Number)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new RevisionHead(
                r.Id, r.Number, r.AuthorName, r.CreatedUtc, r.Message, r.PublishedUtc, r.PublishedByName, r.IsMaterial))
            .ToListAsync(cancellationToken);
        var pending = playbook.PendingRevisionId is { } pendingId
            ? await revisions.Where(r => r.Id == pendingId)
                .Select(r => new RevisionHead(
                    r.Id, r.Number, r.AuthorName, r.CreatedUtc, r.Message, r.PublishedUtc, r.PublishedByName, r.IsMaterial))
                .SingleAsync(cancellationToken)
            : null;

        var latest = playbook.PendingRevisionId ?? playbook.CurrentRevisionId ?? rows[0].Id;
        return new RevisionHistoryPage(
            rows.Select(r => ToRow(r, playbook.CurrentRevisionId, playbook.PendingRevisionId)).ToList(),
            page, pageCount, total, playbook.CurrentRevisionId,
            pending is null ? null : ToRow(pending, playbook.CurrentRevisionId, playbook.PendingRevisionId),
            latest);
    }

    private RevisionRow ToRow(RevisionHead head, long? currentId, long? pendingId)
    {
        var state = head.Id == currentId ? RevisionState.Current
            : head.Id == pendingId ? RevisionState.Pending
            : head.PublishedUtc is null ? RevisionState.NeverPublished
            : RevisionState.Published;
        return new RevisionRow(
            head.Id, head.Number, head.AuthorName, clock.ToLocal(head.CreatedUtc), head.Message, state,
            head.PublishedUtc is { } published ? clock.ToLocal(published) : null,
            head.PublishedByName, head.IsMaterial);
    }

    // What the list needs of a revision; the source text stays in the database.
    private sealed record RevisionHead(
        long Id, int Number, string AuthorName, DateTime CreatedUtc, string Message,
        DateTime? PublishedUtc, string? PublishedByName, bool IsMaterial);
}
