using Microsoft.EntityFrameworkCore;

namespace PlaybookPortal.Data.Changes;

/// <summary>
/// Hands out the next change number and records the change. Must be called inside the
/// transaction that saves the change itself: the counter row's update lock is what orders
/// concurrent writers, on SQLite (database lock) and PostgreSQL (row lock) alike.
/// </summary>
public sealed class ChangeLogWriter(PortalDbContext db, TimeProvider time)
{
    public async Task<long> AppendAsync(
        string playbookId, ChangeKind kind, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A change must be logged inside a transaction.");
        }

        await db.ChangeCounters
            .Where(c => c.Id == ChangeCounter.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + 1), cancellationToken);

        var number = await db.ChangeCounters
            .Where(c => c.Id == ChangeCounter.SingletonId)
            .Select(c => c.Value)
            .SingleAsync(cancellationToken);

        db.ChangeLog.Add(new ChangeLogEntry
        {
            ChangeNumber = number,
            PlaybookId = playbookId,
            Kind = kind,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        });
        return number;
    }

    /// <summary>The number of the last committed change; search compares its own with this.</summary>
    public Task<long> CurrentNumberAsync(CancellationToken cancellationToken) =>
        db.ChangeCounters.AsNoTracking()
            .Where(c => c.Id == ChangeCounter.SingletonId)
            .Select(c => c.Value)
            .SingleAsync(cancellationToken);
}
