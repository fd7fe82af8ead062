using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data.Playbooks;

namespace PlaybookPortal.Data.Catalog;

/// <summary>
/// Keeps an in-memory <see cref="CatalogSnapshot"/> in step with the change log. Every call
/// compares the database's change number with the snapshot's and applies the changes after it
/// first, so a change that narrows who may read a playbook is in force on the very next
/// request, on this node or any other. Thread-safe; one refresh runs at a time.
/// </summary>
public sealed partial class PlaybookCatalog(IServiceScopeFactory scopes, ILogger<PlaybookCatalog> logger)
    : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private CatalogSnapshot _snapshot = CatalogSnapshot.Empty;

    public async Task<CatalogSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var number = await db.ChangeCounters.AsNoTracking().Select(c => c.Value).SingleAsync(cancellationToken);
        if (number == Volatile.Read(ref _snapshot).ChangeNumber)
        {
            return _snapshot;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var snapshot = _snapshot;
            if (number != snapshot.ChangeNumber)
            {
                Volatile.Write(ref _snapshot, await RefreshAsync(db, snapshot, cancellationToken));
            }

            return _snapshot;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private async Task<CatalogSnapshot> RefreshAsync(
        PortalDbContext db, CatalogSnapshot snapshot, CancellationToken cancellationToken)
    {
        // Read the number first: changes committed while loading are picked up next time.
        var number = await db.ChangeCounters.AsNoTracking().Select(c => c.Value).SingleAsync(cancellationToken);
        if (snapshot.ChangeNumber < 0)
        {
            var all = await LoadAsync(db.Playbooks, cancellationToken);
            LogLoaded(all.Count, number);
            return new CatalogSnapshot(number, all, await LoadAliasesAsync(db, cancellationToken));
        }

        var changed = await db.ChangeLog.AsNoTracking()
            .Where(e => e.ChangeNumber > snapshot.ChangeNumber)
            .Select(e => e.PlaybookId).Distinct().ToListAsync(cancellationToken);
        var reloaded = await LoadAsync(db.Playbooks.Where(p => changed.Contains(p.Id)), cancellationToken);
        var entries = snapshot.ById.Values.Where(e => !changed.Contains(e.Id)).Concat(reloaded);
        return new CatalogSnapshot(number, entries, await LoadAliasesAsync(db, cancellationToken));
    }

    // Old slugs are few (one per move) and every move is a change, so each refresh reads them all.
    private static async Task<List<KeyValuePair<string, string>>> LoadAliasesAsync(
        PortalDbContext db, CancellationToken cancellationToken) =>
        (await db.PlaybookSlugAliases.AsNoTracking()
            .Select(a => new { a.Slug, a.PlaybookId })
            .ToListAsync(cancellationToken))
        .ConvertAll(a => KeyValuePair.Create(a.Slug, a.PlaybookId));

    private static async Task<List<PlaybookEntry>> LoadAsync(
        IQueryable<Playbook> playbooks, CancellationToken cancellationToken)
    {
        var rows = await playbooks.AsNoTracking().AsSplitQuery()
            .Include(p => p.Tags).Include(p => p.Skills).Include(p => p.Links)
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(ToEntry);
    }

    private static PlaybookEntry ToEntry(Playbook p) => new(
        p.Id, p.Slug, p.Title, p.Summary, p.Category, Audience.FromStorage(p.Audience), p.Status,
        p.Language, p.Owner, p.ReviewEveryDays, p.LastReviewed, p.RequiresAck, p.NoIndex,
        p.RedirectTo, p.TitleFromHeading, p.SummaryFromBody, p.CurrentRevisionId, p.UpdatedUtc,
        p.Source?.RelativePath, p.Problems,
        p.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal).ToList(),
        p.Skills.Select(s => s.SkillId).Order(StringComparer.Ordinal).ToList(),
        p.Links.Select(l => l.TargetSlug).ToHashSet(StringComparer.Ordinal));

    [LoggerMessage(EventId = 1200, Level = LogLevel.Information,
        Message = "Loaded {Count} playbooks into the catalog at change {ChangeNumber}")]
    private partial void LogLoaded(int count, long changeNumber);
}
