using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Playbooks;
using PlaybookPortal.Search.Indexing;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Searching;

/// <summary>
/// Reads playbooks and their current revisions from the database as the index wants them.
/// Redirect stubs, <c>noindex</c> playbooks and playbooks without a revision are not indexed:
/// for the index they do not exist.
/// </summary>
public sealed class IndexedPlaybookLoader(PortalDbContext db, PlaybookSectionExtractor extractor)
{
    private const int BatchSize = 200;

    /// <summary>The indexable playbooks among <paramref name="ids"/>; the others are to be removed.</summary>
    public async Task<IReadOnlyList<IndexedPlaybook>> LoadAsync(
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var found = new List<IndexedPlaybook>(ids.Count);
        foreach (var batch in ids.Chunk(BatchSize))
        {
            found.AddRange(await LoadBatchAsync(db.Playbooks.Where(p => batch.Contains(p.Id)), cancellationToken));
        }

        return found;
    }

    /// <summary>Every indexable playbook, a batch at a time, rendered in parallel within each batch.</summary>
    public async IAsyncEnumerable<IndexedPlaybook> LoadAllAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = await db.Playbooks.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var batch in ids.Chunk(BatchSize))
        {
            foreach (var playbook in await LoadBatchAsync(db.Playbooks.Where(p => batch.Contains(p.Id)), cancellationToken))
            {
                yield return playbook;
            }
        }
    }

    private async Task<List<IndexedPlaybook>> LoadBatchAsync(
        IQueryable<Playbook> playbooks, CancellationToken cancellationToken)
    {
        var rows = await playbooks.AsNoTracking()
            .Where(p => !p.NoIndex && (p.RedirectTo == null || p.RedirectTo == "") && p.CurrentRevisionId != null)
            .Include(p => p.Tags)
            .Join(db.PlaybookRevisions, p => p.CurrentRevisionId, r => r.Id, (p, r) => new { Playbook = p, r.SourceText })
            .ToListAsync(cancellationToken);

        // Rendering is the costly step and the renderer is thread-safe.
        return rows.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(row => ToIndexed(row.Playbook, row.SourceText))
            .ToList();
    }

    private IndexedPlaybook ToIndexed(Playbook playbook, string sourceText) => new(
        playbook.Id,
        playbook.Slug,
        playbook.Title,
        playbook.Summary,
        playbook.Category ?? ReaderView.GeneralCategory,
        playbook.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal).ToList(),
        playbook.Language,
        playbook.Audience,
        playbook.Status,
        playbook.UpdatedUtc,
        extractor.Extract(sourceText, playbook.TitleFromHeading));
}
