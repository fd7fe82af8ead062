using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Skills;

namespace PlaybookPortal.Data.Skills;

/// <summary>
/// Changes to the catalog and targets made in the portal (forms, the grid, CSV). Each change
/// marks the matching skills file as edited in the portal, so export writes the database's state
/// and an import of a changed file reports a conflict instead of overwriting the edit.
/// </summary>
public sealed class SkillCatalogStore(PortalDbContext db, TimeProvider time)
{
    /// <summary>Creates or updates the skills, each in one transaction for all.</summary>
    public async Task SaveSkillsAsync(IReadOnlyList<SkillDefinition> skills, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = skills.Select(s => s.Id).ToList();
        var existing = await db.Skills.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var nextOrder = await db.Skills.Select(s => (int?)s.Order).MaxAsync(cancellationToken) ?? -1;
        foreach (var definition in skills)
        {
            if (!existing.TryGetValue(definition.Id, out var skill))
            {
                skill = db.Skills.Add(new Skill { Id = definition.Id, Order = ++nextOrder }).Entity;
            }

            SkillRows.Apply(definition, skill);
            skill.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        }

        await MarkEditedAsync(SkillDocumentKind.Catalog, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Sets the targets given (level -1 removes one), leaving every other target alone.</summary>
    public async Task SaveTargetsAsync(IReadOnlyList<SkillTargetDefinition> targets, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var positions = targets.Select(t => t.PositionId).Distinct().ToList();
        var existing = await db.SkillTargets.Where(t => positions.Contains(t.PositionId))
            .ToDictionaryAsync(t => (t.PositionId, t.SkillId), cancellationToken);
        foreach (var target in targets)
        {
            var current = existing.GetValueOrDefault((target.PositionId, target.SkillId));
            if (target.Level < 0)
            {
                if (current is not null)
                {
                    db.SkillTargets.Remove(current);
                }

                continue;
            }

            current ??= db.SkillTargets.Add(new SkillTarget { PositionId = target.PositionId, SkillId = target.SkillId }).Entity;
            current.Level = target.Level;
        }

        await MarkEditedAsync(SkillDocumentKind.Targets, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Retires or restores a skill; false when there is no such skill.</summary>
    public async Task<bool> SetRetiredAsync(string id, bool retired, CancellationToken cancellationToken)
    {
        var skill = await db.Skills.FindAsync([id], cancellationToken);
        if (skill is null)
        {
            return false;
        }

        skill.IsRetired = retired;
        skill.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await MarkEditedAsync(SkillDocumentKind.Catalog, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    // Without a document no file was ever imported; export then writes one from the database.
    private async Task MarkEditedAsync(SkillDocumentKind kind, CancellationToken cancellationToken)
    {
        if (await db.SkillDocuments.FirstOrDefaultAsync(d => d.Kind == kind, cancellationToken) is { } document)
        {
            document.EditedInPortal = true;
        }
    }
}
