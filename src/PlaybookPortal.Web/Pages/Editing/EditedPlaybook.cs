using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Data;

namespace PlaybookPortal.Web.Pages.Editing;

/// <summary>
/// A playbook opened in the editor: its published revision and, when there is one, the pending
/// revision an edit must start from. Editors read every playbook, so no audience applies here;
/// the Editor policy on the folder already keeps everyone else out.
/// </summary>
public sealed record EditedPlaybook(string Id, string Slug, string Title, EditedRevision? Current, EditedRevision? Pending)
{
    /// <summary>The revision a new edit is based on: the pending one first.</summary>
    public EditedRevision? Latest => Pending ?? Current;

    public static async Task<EditedPlaybook?> LoadAsync(
        PortalDbContext db, string? slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return null;
        }

        var normalised = SlugRules.FromRelativePath(slug);
        var row = await db.Playbooks.AsNoTracking()
            .Where(p => p.Slug == normalised)
            .Select(p => new { p.Id, p.Slug, p.Title, p.CurrentRevisionId, p.PendingRevisionId })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var current = await LoadRevisionAsync(db, row.Id, row.CurrentRevisionId, cancellationToken);
        var pending = await LoadRevisionAsync(db, row.Id, row.PendingRevisionId, cancellationToken);
        return new EditedPlaybook(row.Id, row.Slug, row.Title, current, pending);
    }

    /// <summary>A revision of this playbook by id; null for another playbook's revision.</summary>
    public static Task<EditedRevision?> LoadRevisionAsync(
        PortalDbContext db, string playbookId, long? revisionId, CancellationToken cancellationToken) =>
        revisionId is not { } id
            ? Task.FromResult<EditedRevision?>(null)
            : db.PlaybookRevisions.AsNoTracking()
                .Where(r => r.Id == id && r.PlaybookId == playbookId)
                .Select(r => new EditedRevision(r.Id, r.Number, r.AuthorName, r.CreatedUtc, r.PublishedUtc, r.SourceText))
                .FirstOrDefaultAsync(cancellationToken);
}
