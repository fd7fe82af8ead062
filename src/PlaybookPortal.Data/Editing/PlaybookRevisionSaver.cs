using System.Text;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Changes;
using PlaybookPortal.Data.Importing;
using PlaybookPortal.Data.Playbooks;

namespace PlaybookPortal.Data.Editing;

/// <summary>
/// Saves an edit of an existing playbook as a new revision with its change-log entry, in one
/// transaction. The same rules as the importer derive title, audience, tags and the rest from
/// the text. A save based on an older revision than the current one is refused, and the check
/// happens after the change counter is locked, so two concurrent saves of the same revision
/// cannot both win.
/// </summary>
public sealed class PlaybookRevisionSaver(
    PortalDbContext db, ChangeLogWriter changes, IPlaybookTextAnalyzer analyzer, TimeProvider time)
{
    public async Task<PlaybookSaveResult> SaveAsync(PlaybookSave save, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(save);
        var playbook = await db.Playbooks.AsSplitQuery()
            .Include(p => p.Tags).Include(p => p.Skills).Include(p => p.Links)
            .FirstOrDefaultAsync(p => p.Id == save.PlaybookId, cancellationToken);
        if (playbook is null)
        {
            return new PlaybookSaveNotFound();
        }

        if (playbook.CurrentRevisionId != save.BaseRevisionId)
        {
            return new PlaybookSaveConflict(playbook.CurrentRevisionId ?? 0);
        }

        var (draft, problems) = await BuildDraftAsync(playbook, save.SourceText, cancellationToken);
        if (draft is null)
        {
            return new PlaybookSaveRejected(problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var kind = PlaybookFields.DescribeChange(playbook, draft);
        var changeNumber = await changes.AppendAsync(playbook.Id, kind, cancellationToken);

        // Holding the counter's lock now: a save that committed meanwhile is visible here.
        var current = await db.Playbooks.AsNoTracking().Where(p => p.Id == playbook.Id)
            .Select(p => p.CurrentRevisionId).SingleAsync(cancellationToken);
        if (current != save.BaseRevisionId)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new PlaybookSaveConflict(current ?? 0);
        }

        var now = time.GetUtcNow().UtcDateTime;
        PlaybookFields.Apply(playbook, draft, now);
        var revision = new PlaybookRevision
        {
            PlaybookId = playbook.Id,
            Number = await PlaybookFields.NextRevisionNumberAsync(db, playbook.Id, cancellationToken),
            SourceText = save.SourceText,
            ContentHash = draft.ContentHash,
            AuthorId = save.AuthorId,
            AuthorName = save.AuthorName,
            Message = save.Message,
            CreatedUtc = now,
        };
        playbook.CurrentRevision = revision;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PlaybookSaved(revision.Id, revision.Number, changeNumber);
    }

    private async Task<(PlaybookDraft? Draft, IReadOnlyList<string> Problems)> BuildDraftAsync(
        Playbook playbook, string text, CancellationToken cancellationToken)
    {
        if (ContentLimits.CheckBytes(Encoding.UTF8.GetBytes(text)) is { } tooLarge)
        {
            return (null, [tooLarge.Message]);
        }

        var positions = await db.Positions.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken);
        var builder = new PlaybookDraftBuilder(analyzer, positions.ToHashSet(StringComparer.Ordinal));
        var file = new DiscoveredPlaybook(
            playbook.Source?.RelativePath ?? playbook.Slug + ".md", "", playbook.Slug, playbook.Category);
        var (draft, failure) = builder.Build(file, text);
        if (failure is not null)
        {
            return (null, [failure.Reason ?? "The text could not be read."]);
        }

        // Unlike an import, a save can be corrected on the spot: front matter errors refuse it.
        var errors = draft!.FrontMatter.Problems.Where(p => p.Severity == ProblemSeverity.Error)
            .Select(p => p.Line is { } line ? $"Line {line}: {p.Message}" : p.Message)
            .Concat(draft.Problems.Where(p => p.Outcome == ImportOutcome.Failed && p.Line is null).Select(p => p.Reason ?? ""))
            .Where(m => m.Length > 0)
            .ToList();
        return errors.Count > 0 ? (null, errors) : (draft, []);
    }
}
