using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Data.Changes;
using PlaybookPortal.Data.Playbooks;

namespace PlaybookPortal.Data.Editing;

/// <summary>
/// Moves a playbook to a new slug. Its id, revisions and acknowledgements stay; the old slug
/// becomes an alias that redirects readers who may read the playbook. An imported playbook's
/// file moves with it, so export writes it to the new path and removes the old file.
/// </summary>
public sealed class PlaybookMover(PortalDbContext db, ChangeLogWriter changes, TimeProvider time)
{
    public async Task<PlaybookPlaceResult> MoveAsync(string playbookId, string newSlug, CancellationToken cancellationToken)
    {
        var playbook = await db.Playbooks.FirstOrDefaultAsync(p => p.Id == playbookId, cancellationToken);
        if (playbook is null)
        {
            return new PlaybookPlaceRejected(["The playbook no longer exists."]);
        }

        var (slug, problem) = await SlugChoice.CheckAsync(db, newSlug, playbookId, cancellationToken);
        if (slug is null)
        {
            return new PlaybookPlaceRejected([problem!]);
        }

        if (slug == playbook.Slug)
        {
            return new PlaybookPlaced(playbook.Id, slug);
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await changes.AppendAsync(playbook.Id, ChangeKind.Moved, cancellationToken);

        // The new slug may be an old address of this or another playbook: it now means this one.
        await db.PlaybookSlugAliases.Where(a => a.Slug == slug).ExecuteDeleteAsync(cancellationToken);
        db.PlaybookSlugAliases.Add(new PlaybookSlugAlias { Slug = playbook.Slug, PlaybookId = playbook.Id, CreatedUtc = now });
        if (playbook.Source is { } source)
        {
            playbook.MovedFromPath ??= source.RelativePath;
            source.RelativePath = slug + FileSuffix(source.RelativePath);
        }

        playbook.Slug = slug;
        playbook.UpdatedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PlaybookPlaced(playbook.Id, slug);
    }

    /// <summary>The file's playbook suffix (<c>.md</c>, <c>.html.md</c>…), kept across the move.</summary>
    private static string FileSuffix(string relativePath)
    {
        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        foreach (var suffix in new[] { ".html.md.erb", ".html.md", ".markdown", ".md" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[^suffix.Length..];
            }
        }

        return SlugRules.IsExtensionless(name) ? "" : ".md";
    }
}
