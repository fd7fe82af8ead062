using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Core.Positions;
using PlaybookPortal.Data.People;
using PlaybookPortal.Data.Storage;

namespace PlaybookPortal.Data.Importing;

/// <summary>
/// Imports the position catalog before anything else, because audiences, paths and targets
/// name positions. Positions are added or updated, never deleted by an import.
/// </summary>
internal sealed class PositionImporter(PortalDbContext db)
{
    public const string FileName = "positions.yaml";

    public async Task ImportAsync(
        string positionsFile, string folder, ImportReport report, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(positionsFile, cancellationToken);
        var (positions, problems) = PositionCatalogParser.Parse(text);
        foreach (var problem in problems)
        {
            var outcome = problem.Severity == ProblemSeverity.Error
                ? ImportOutcome.Failed
                : ImportOutcome.Warning;
            report.AddProblem(new ImportEntry(FileName, outcome, problem.Line, problem.Message));
        }

        var hash = ContentHash.Compute(text);
        var existing = await db.Positions.ToDictionaryAsync(p => p.Id, cancellationToken);
        var changed = false;
        foreach (var definition in positions)
        {
            if (!existing.TryGetValue(definition.Id, out var position))
            {
                position = new Position { Id = definition.Id };
                db.Positions.Add(position);
                changed = true;
            }

            changed |= position.Title != definition.Title || position.Description != definition.Description;
            position.Title = definition.Title;
            position.Description = definition.Description;
            position.Source = new ContentSource { Folder = folder, RelativePath = FileName, ContentHash = hash };
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var isNew = existing.Count == 0 && positions.Count > 0;
        var result = isNew ? ImportOutcome.Added : changed ? ImportOutcome.Changed : ImportOutcome.Unchanged;
        report.Add(new ImportEntry(FileName, result, null, null));
    }
}
