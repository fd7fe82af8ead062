using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Changes;
using PlaybookPortal.Data.Importing;
using PlaybookPortal.Data.Playbooks;

namespace PlaybookPortal.Data.Editing;

/// <summary>
/// Creates a playbook from the browser, published as revision 1. A playbook not yet meant for
/// readers says <c>status: draft</c>. Created playbooks have no source file, so import never
/// prunes them and export writes them to their slug.
/// </summary>
public sealed class PlaybookCreator(
    PortalDbContext db, ChangeLogWriter changes, IPlaybookTextAnalyzer analyzer, TimeProvider time)
{
    public async Task<PlaybookPlaceResult> CreateAsync(PlaybookCreate create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(create);
        var (slug, slugProblem) = await SlugChoice.CheckAsync(db, create.Slug, null, cancellationToken);
        if (slug is null)
        {
            return new PlaybookPlaceRejected([slugProblem!]);
        }

        var folderCategory = slug.Contains('/', StringComparison.Ordinal) ? slug[..slug.IndexOf('/', StringComparison.Ordinal)] : null;
        var (draft, problems) = await new PlaybookTextChecker(db, analyzer)
            .CheckAsync(slug + ".md", slug, folderCategory, create.SourceText, cancellationToken);
        if (draft is null)
        {
            return new PlaybookPlaceRejected(problems);
        }

        var id = draft.Fields.Id is { Length: > 0 } given ? given : Guid.NewGuid().ToString("N")[..16];
        if (await db.Playbooks.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return new PlaybookPlaceRejected([$"The id '{id}' in the front matter belongs to another playbook; remove it or choose another."]);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var playbook = new Playbook { Id = id };
        PlaybookFields.Apply(playbook, draft, now);
        db.Playbooks.Add(playbook);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.PlaybookSlugAliases.Where(a => a.Slug == slug).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var revision = new PlaybookRevision
        {
            PlaybookId = id,
            Number = 1,
            SourceText = create.SourceText,
            ContentHash = draft.ContentHash,
            AuthorId = create.AuthorId,
            AuthorName = create.AuthorName,
            Message = create.Message,
            CreatedUtc = now,
        };
        PlaybookRows.Release(playbook, revision, material: true, create.AuthorName, now);
        await changes.AppendAsync(id, ChangeKind.Published, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PlaybookPlaced(id, slug);
    }
}
