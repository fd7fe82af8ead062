using System.Text;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Csv;
using PlaybookPortal.Core.Skills;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Skills;

namespace PlaybookPortal.Web.Pages.Skills;

/// <summary>Reads, checks and writes the catalog and targets CSV files against the database.</summary>
public sealed class SkillCsvFiles(PortalDbContext db)
{
    public const string ContentType = "text/csv; charset=utf-8";

    public async Task<SkillCsvPreview<SkillDefinition>> CheckCatalogAsync(string csv, CancellationToken cancellationToken)
    {
        var file = await ReadAsync(csv, SkillCatalogCsv.Columns, cancellationToken);
        var existing = await db.Skills.AsNoTracking().ToDictionaryAsync(s => s.Id, SkillRows.ToDefinition, cancellationToken);
        return SkillCatalogCsv.Check(file, existing);
    }

    public async Task<SkillCsvPreview<SkillTargetDefinition>> CheckTargetsAsync(string csv, CancellationToken cancellationToken)
    {
        var file = await ReadAsync(csv, SkillTargetsCsv.Columns, cancellationToken);
        var positions = (await db.Positions.Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var skills = (await db.Skills.Where(s => !s.IsRetired).Select(s => s.Id).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var existing = await db.SkillTargets.AsNoTracking()
            .ToDictionaryAsync(t => (t.PositionId, t.SkillId), t => t.Level, cancellationToken);
        return SkillTargetsCsv.Check(file, positions, skills, existing);
    }

    public async Task<byte[]> WriteCatalogAsync(CancellationToken cancellationToken)
    {
        var skills = await db.Skills.AsNoTracking().OrderBy(s => s.Order).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        return await WriteAsync(SkillCatalogCsv.Columns, skills.Select(s => SkillCatalogCsv.Cells(SkillRows.ToDefinition(s))),
            cancellationToken);
    }

    public async Task<byte[]> WriteTargetsAsync(CancellationToken cancellationToken)
    {
        var targets = await db.SkillTargets.AsNoTracking()
            .OrderBy(t => t.PositionId).ThenBy(t => t.SkillId).ToListAsync(cancellationToken);
        return await WriteAsync(SkillTargetsCsv.Columns,
            targets.Select(t => SkillTargetsCsv.Cells(new SkillTargetDefinition(t.PositionId, t.SkillId, t.Level))),
            cancellationToken);
    }

    private static async Task<CsvReadResult> ReadAsync(string csv, IEnumerable<string> columns, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await PortalCsvReader.ReadAsync(stream, columns, cancellationToken);
    }

    private static async Task<byte[]> WriteAsync(
        IEnumerable<string> columns, IEnumerable<IEnumerable<CsvCell>> rows, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var writer = new PortalCsvWriter(buffer, leaveOpen: true))
        {
            await writer.WriteHeaderAsync(columns, cancellationToken);
            foreach (var row in rows)
            {
                await writer.WriteRowAsync(row, cancellationToken);
            }

            await writer.FlushAsync(cancellationToken);
        }

        return buffer.ToArray();
    }
}
