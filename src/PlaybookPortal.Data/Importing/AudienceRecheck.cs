using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Data.Changes;

namespace PlaybookPortal.Data.Importing;

/// <summary>
/// Re-reads every playbook's audience against the current position catalog. An audience that
/// named an unknown position was stored as editors-and-admins-only; once an admin adds that
/// position it opens as written, and deleting a position closes audiences that relied on it.
/// Each changed playbook gets a change-log entry so search follows.
/// </summary>
public sealed class AudienceRecheck(PortalDbContext db, ChangeLogWriter changes)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var known = (await db.Positions.Select(p => p.Id).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var playbooks = await db.Playbooks.Where(p => p.CurrentRevisionId != null)
            .Select(p => new { p.Id, p.Audience, Source = p.CurrentRevision!.SourceText })
            .ToListAsync(cancellationToken);

        var changed = 0;
        foreach (var playbook in playbooks)
        {
            var frontMatter = FrontMatterParser.Parse(playbook.Source);
            var audience = frontMatter.HasErrors
                ? Audience.StaffOnly
                : AudienceParser.Parse(frontMatter.Fields.Audience, known).Audience;
            if (audience.ToStorage() == playbook.Audience)
            {
                continue;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Playbooks.Where(p => p.Id == playbook.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Audience, audience.ToStorage()), cancellationToken);
            await changes.AppendAsync(playbook.Id, ChangeKind.AudienceChanged, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            changed++;
        }

        return changed;
    }
}
