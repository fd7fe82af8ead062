using System.Text;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Core.Skills;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Data.Storage;

namespace PlaybookPortal.Data.Importing;

/// <summary>
/// Imports <c>skills/catalog.yaml</c> then <c>skills/targets.yaml</c>, after positions and
/// before playbooks, so targets and playbooks' <c>skills</c> are checked against the catalog.
/// Each file is remembered as a <see cref="SkillDocument"/>: an unchanged file changes nothing,
/// and a changed file whose content was also edited in the portal is a conflict unless forced.
/// </summary>
internal sealed class SkillImporter(PortalDbContext db, TimeProvider time)
{
    public async Task ImportAsync(
        string root, IReadOnlyList<string> skillFiles, ImportOptions options, ImportReport report,
        CancellationToken cancellationToken)
    {
        foreach (var other in skillFiles.Where(f => !SkillFiles.IsCatalog(f) && !SkillFiles.IsTargets(f)))
        {
            report.Add(new ImportEntry(other, ImportOutcome.Skipped, null,
                $"not the skills catalog ({SkillFiles.Catalog}) or the targets ({SkillFiles.Targets})"));
        }

        if (skillFiles.FirstOrDefault(SkillFiles.IsCatalog) is { } catalog)
        {
            await ImportFileAsync(root, catalog, SkillDocumentKind.Catalog, options, report, cancellationToken);
        }

        if (skillFiles.FirstOrDefault(SkillFiles.IsTargets) is { } targets)
        {
            await ImportFileAsync(root, targets, SkillDocumentKind.Targets, options, report, cancellationToken);
        }
    }

    private async Task ImportFileAsync(
        string root, string path, SkillDocumentKind kind, ImportOptions options, ImportReport report,
        CancellationToken cancellationToken)
    {
        // Decoded as playbooks are, so a byte-order mark survives into the stored text.
        var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(Path.Combine(root, path), cancellationToken));
        var hash = ContentHash.Compute(text);
        var document = await db.SkillDocuments.FirstOrDefaultAsync(d => d.Kind == kind, cancellationToken);
        if (document is not null && document.Source.ContentHash == hash)
        {
            report.Add(new ImportEntry(path, ImportOutcome.Unchanged, null, null));
            return;
        }

        if (document is { EditedInPortal: true } && !options.Force)
        {
            report.Add(new ImportEntry(path, ImportOutcome.Conflict, null,
                "Changed on disk and in the portal since the last import; left untouched (--force overwrites)."));
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var applied = kind == SkillDocumentKind.Catalog
            ? await ApplyCatalogAsync(text, path, options, report, cancellationToken)
            : await ApplyTargetsAsync(text, path, report, cancellationToken);
        if (!applied)
        {
            db.ChangeTracker.Clear();
            return;
        }

        var isNew = document is null;
        document ??= db.SkillDocuments.Add(new SkillDocument { Kind = kind }).Entity;
        document.Text = text;
        document.EditedInPortal = false;
        document.Source = new ContentSource { Folder = root, RelativePath = path, ContentHash = hash };
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        report.Add(new ImportEntry(path, isNew ? ImportOutcome.Added : ImportOutcome.Changed, null, null));
    }

    private async Task<bool> ApplyCatalogAsync(
        string text, string path, ImportOptions options, ImportReport report, CancellationToken cancellationToken)
    {
        var parsed = SkillCatalogParser.Parse(text, path);
        AddProblems(parsed.Problems, path, report);
        if (parsed.Failed)
        {
            report.Add(new ImportEntry(path, ImportOutcome.Failed, null, "not a skills catalog; nothing imported"));
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var existing = await db.Skills.ToDictionaryAsync(s => s.Id, StringComparer.Ordinal, cancellationToken);
        for (var order = 0; order < parsed.Skills.Count; order++)
        {
            var definition = parsed.Skills[order];
            if (!existing.Remove(definition.Id, out var skill))
            {
                skill = db.Skills.Add(new Skill { Id = definition.Id }).Entity;
            }

            if (SkillRows.Apply(definition, skill) || skill.Order != order)
            {
                skill.Order = order;
                skill.UpdatedUtc = now;
            }
        }

        foreach (var missing in existing.Values.Where(s => !s.IsRetired).OrderBy(s => s.Order))
        {
            RetireOrReport(missing, path, options, now, report);
        }

        return true;
    }

    private static void RetireOrReport(Skill skill, string path, ImportOptions options, DateTime now, ImportReport report)
    {
        if (!options.Prune)
        {
            report.Add(new ImportEntry(path, ImportOutcome.Vanished, null,
                $"skill '{skill.Id}' is no longer in the file; kept (retire it with --prune)."));
            return;
        }

        skill.IsRetired = true;
        skill.UpdatedUtc = now;
        report.Add(new ImportEntry(path, ImportOutcome.Archived, null,
            $"skill '{skill.Id}' is no longer in the file; retired."));
    }

    private async Task<bool> ApplyTargetsAsync(
        string text, string path, ImportReport report, CancellationToken cancellationToken)
    {
        var positions = (await db.Positions.Select(p => p.Id).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var skills = (await db.Skills.Where(s => !s.IsRetired).Select(s => s.Id).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var parsed = SkillTargetsParser.Parse(text, positions, skills, path);
        AddProblems(parsed.Problems, path, report);
        if (parsed.Failed)
        {
            report.Add(new ImportEntry(path, ImportOutcome.Failed, null, "not a targets file; nothing imported"));
            return false;
        }

        // The file is the truth for every position it names; positions it leaves out keep theirs.
        var named = parsed.Positions.Where(positions.Contains).ToList();
        db.SkillTargets.RemoveRange(await db.SkillTargets.Where(t => named.Contains(t.PositionId)).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        db.SkillTargets.AddRange(parsed.Targets.Select(t =>
            new SkillTarget { PositionId = t.PositionId, SkillId = t.SkillId, Level = t.Level }));
        return true;
    }

    private static void AddProblems(IEnumerable<ContentProblem> problems, string path, ImportReport report)
    {
        foreach (var problem in problems)
        {
            var outcome = problem.Severity == ProblemSeverity.Error ? ImportOutcome.Failed : ImportOutcome.Warning;
            report.AddProblem(new ImportEntry(path, outcome, problem.Line, problem.Message));
        }
    }
}
