using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Components;
using PlaybookPortal.Data;

namespace PlaybookPortal.Web.History;

/// <summary>
/// Two revisions of one playbook and what changed between them. A revision id of another
/// playbook is treated as missing, so a comparison can never show text from a playbook
/// outside the one the page is about.
/// </summary>
public sealed class RevisionComparison(PortalDbContext db)
{
    /// <summary>The comparison, or null when either revision is not one of <paramref name="playbookId"/>'s.</summary>
    public async Task<ComparedRevisions?> CompareAsync(
        string playbookId, long fromId, long toId, CancellationToken cancellationToken)
    {
        var revisions = await db.PlaybookRevisions.AsNoTracking()
            .Where(r => r.PlaybookId == playbookId && (r.Id == fromId || r.Id == toId))
            .Select(r => new { r.Id, r.Number, r.SourceText })
            .ToListAsync(cancellationToken);
        var from = revisions.FirstOrDefault(r => r.Id == fromId);
        var to = revisions.FirstOrDefault(r => r.Id == toId);
        if (from is null || to is null)
        {
            return null;
        }

        var diff = RevisionDiffBuilder.Build(from.SourceText, to.SourceText);
        return new ComparedRevisions(from.Id, from.Number, to.Id, to.Number, diff);
    }
}
