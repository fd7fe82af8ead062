using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Data.Acknowledging;

/// <summary>
/// Records acknowledgements and answers who still owes one. A playbook asks its audience when
/// it requires acknowledgement (see <see cref="AcknowledgementRule"/>) and has a material
/// revision to acknowledge; an acknowledgement
/// of that revision or a later one settles it (revision ids only grow).
/// </summary>
public sealed class AcknowledgementLedger(PortalDbContext db, TimeProvider time)
{
    /// <summary>
    /// Records that <paramref name="userId"/> read <paramref name="revisionId"/>. Only the
    /// playbook's current revision can be acknowledged; returns false for anything else.
    /// Acknowledging twice is harmless.
    /// </summary>
    public async Task<bool> AcknowledgeAsync(
        string userId, string playbookId, long revisionId, CancellationToken cancellationToken)
    {
        var isCurrent = await db.Playbooks.AnyAsync(
            p => p.Id == playbookId && p.CurrentRevisionId == revisionId, cancellationToken);
        if (!isCurrent)
        {
            return false;
        }

        var already = await db.Acknowledgements.AnyAsync(
            a => a.UserId == userId && a.PlaybookId == playbookId && a.RevisionId == revisionId, cancellationToken);
        if (!already)
        {
            db.Acknowledgements.Add(new Acknowledgement
            {
                UserId = userId,
                PlaybookId = playbookId,
                RevisionId = revisionId,
                AcknowledgedUtc = time.GetUtcNow().UtcDateTime,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A second tab acknowledged the same revision at the same moment: already done.
                db.ChangeTracker.Clear();
            }
        }

        return true;
    }

    /// <summary>The latest revision the user acknowledged, or null.</summary>
    public Task<long?> LastAcknowledgedAsync(string userId, string playbookId, CancellationToken cancellationToken) =>
        db.Acknowledgements.AsNoTracking()
            .Where(a => a.UserId == userId && a.PlaybookId == playbookId)
            .MaxAsync(a => (long?)a.RevisionId, cancellationToken);

    /// <summary>
    /// The ids of published playbooks whose audience names this reader and which wait for
    /// their acknowledgement. The caller still filters by what the reader may read.
    /// </summary>
    public async Task<IReadOnlyList<string>> OpenRequestsAsync(Reader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        // A playbook on a path imported before every material revision was recorded has no
        // AckRevisionId yet; its current revision is then the one to read.
        var onPath = AcknowledgementRule.OnPathPlaybookIds(db);
        var candidates = await db.Playbooks.AsNoTracking()
            .Where(p => p.Status == PlaybookStatus.Published)
            .Where(p => (p.RequiresAck && p.AckRevisionId != null)
                || (onPath.Contains(p.Id) && (p.AckRevisionId ?? p.CurrentRevisionId) != null))
            .Where(p => !db.Acknowledgements.Any(a => a.UserId == reader.UserId && a.PlaybookId == p.Id
                && a.RevisionId >= (p.AckRevisionId ?? p.CurrentRevisionId)))
            .Select(p => new { p.Id, p.Audience })
            .ToListAsync(cancellationToken);
        return candidates
            .Where(p => AudienceMembership.Includes(Audience.FromStorage(p.Audience), reader.Role, reader.PositionId))
            .Select(p => p.Id)
            .ToList();
    }

    /// <summary>
    /// Every active user the playbook's audience names, with what they acknowledged; empty when
    /// the playbook asks nobody (no acknowledgement required, nothing material yet, or not published).
    /// </summary>
    public async Task<IReadOnlyList<AcknowledgementStatus>> StatusAsync(
        string playbookId, CancellationToken cancellationToken)
    {
        var onPath = AcknowledgementRule.OnPathPlaybookIds(db);
        var playbook = await db.Playbooks.AsNoTracking()
            .Where(p => p.Id == playbookId)
            .Select(p => new
            {
                p.Audience,
                AckRevisionId = onPath.Contains(p.Id) ? p.AckRevisionId ?? p.CurrentRevisionId : p.AckRevisionId,
                RequiresAck = p.RequiresAck || onPath.Contains(p.Id),
                p.Status,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (playbook is not { RequiresAck: true, AckRevisionId: { } askedFor, Status: PlaybookStatus.Published })
        {
            return [];
        }

        var audience = Audience.FromStorage(playbook.Audience);
        var users = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled)
            .Select(u => new { u.Id, u.DisplayName, u.Email, Team = u.Team == null ? null : u.Team.Name, u.Role, u.PositionId })
            .ToListAsync(cancellationToken);
        var acknowledgements = await db.Acknowledgements.AsNoTracking()
            .Where(a => a.PlaybookId == playbookId)
            .ToListAsync(cancellationToken);
        var latest = acknowledgements.GroupBy(a => a.UserId).Select(g => g.MaxBy(a => a.RevisionId)!);
        var numbers = await db.PlaybookRevisions.AsNoTracking()
            .Where(r => r.PlaybookId == playbookId)
            .ToDictionaryAsync(r => r.Id, r => r.Number, cancellationToken);
        var byUser = latest.ToDictionary(a => a.UserId);

        return users
            .Where(u => AudienceMembership.Includes(audience, u.Role, u.PositionId))
            .Select(u =>
            {
                var ack = byUser.GetValueOrDefault(u.Id);
                var state = ack is null ? AcknowledgementState.None
                    : ack.RevisionId >= askedFor ? AcknowledgementState.UpToDate
                    : AcknowledgementState.Older;
                return new AcknowledgementStatus(
                    u.Id, u.DisplayName, u.Email ?? "", u.Team, u.PositionId, state,
                    ack is null ? null : numbers.GetValueOrDefault(ack.RevisionId),
                    ack?.AcknowledgedUtc);
            })
            .OrderBy(s => s.State).ThenBy(s => s.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }
}
