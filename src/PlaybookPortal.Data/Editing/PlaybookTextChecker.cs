using System.Text;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Importing;
using PlaybookPortal.Data.Playbooks;

namespace PlaybookPortal.Data.Editing;

/// <summary>
/// Reads a text typed in the browser with the importer's rules and refuses what an import
/// would only warn about: unlike a file, a save can be corrected on the spot, so content
/// limits and front matter errors refuse it with a message per problem.
/// </summary>
internal sealed class PlaybookTextChecker(PortalDbContext db, IPlaybookTextAnalyzer analyzer)
{
    public async Task<(PlaybookDraft? Draft, IReadOnlyList<string> Problems)> CheckAsync(
        Playbook playbook, string text, CancellationToken cancellationToken) =>
        await CheckAsync(
            playbook.Source?.RelativePath ?? playbook.Slug + ".md", playbook.Slug, playbook.Category,
            text, cancellationToken);

    public async Task<(PlaybookDraft? Draft, IReadOnlyList<string> Problems)> CheckAsync(
        string relativePath, string slug, string? folderCategory, string text, CancellationToken cancellationToken)
    {
        if (ContentLimits.CheckBytes(Encoding.UTF8.GetBytes(text)) is { } tooLarge)
        {
            return (null, [tooLarge.Line is { } line ? $"Line {line}: {tooLarge.Message}" : tooLarge.Message]);
        }

        var positions = await db.Positions.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken);
        var builder = new PlaybookDraftBuilder(analyzer, positions.ToHashSet(StringComparer.Ordinal));
        var (draft, failure) = builder.Build(new DiscoveredPlaybook(relativePath, "", slug, folderCategory), text);
        if (failure is not null)
        {
            return (null, [failure.Line is { } at ? $"Line {at}: {failure.Reason}" : failure.Reason ?? "The text could not be read."]);
        }

        var errors = draft!.FrontMatter.Problems.Where(p => p.Severity == ProblemSeverity.Error)
            .Select(p => p.Line is { } line ? $"Line {line}: {p.Message}" : p.Message)
            .Concat(draft.Problems.Where(p => p.Outcome == ImportOutcome.Failed && p.Line is null).Select(p => p.Reason ?? ""))
            .Where(m => m.Length > 0)
            .Distinct()
            .ToList();
        return errors.Count > 0 ? (null, errors) : (draft, []);
    }
}
