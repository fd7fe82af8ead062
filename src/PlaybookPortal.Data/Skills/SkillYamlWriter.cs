using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Skills;

namespace PlaybookPortal.Data.Skills;

/// <summary>
/// Serializes what the database holds as the skills catalog or the targets file, in a stable
/// order (catalog order, then id), so two exports of the same state are identical.
/// </summary>
public sealed class SkillYamlWriter(PortalDbContext db)
{
    public async Task<string> WriteAsync(SkillDocumentKind kind, CancellationToken cancellationToken) =>
        kind == SkillDocumentKind.Catalog
            ? await WriteCatalogAsync(cancellationToken)
            : await WriteTargetsAsync(cancellationToken);

    private async Task<string> WriteCatalogAsync(CancellationToken cancellationToken)
    {
        var skills = await db.Skills.AsNoTracking().ToListAsync(cancellationToken);
        return SkillCatalogYaml.Write(skills
            .OrderBy(s => s.Order).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(SkillRows.ToDefinition));
    }

    private async Task<string> WriteTargetsAsync(CancellationToken cancellationToken)
    {
        var order = await db.Skills.AsNoTracking()
            .ToDictionaryAsync(s => s.Id, s => s.Order, StringComparer.Ordinal, cancellationToken);
        var targets = await db.SkillTargets.AsNoTracking().ToListAsync(cancellationToken);
        return SkillTargetsYaml.Write(targets
            .OrderBy(t => t.PositionId, StringComparer.Ordinal)
            .ThenBy(t => order.GetValueOrDefault(t.SkillId))
            .ThenBy(t => t.SkillId, StringComparer.Ordinal)
            .Select(t => new SkillTargetDefinition(t.PositionId, t.SkillId, t.Level)));
    }
}
