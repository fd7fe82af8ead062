using System.Text;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Exporting;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Importing;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Data.Storage;

namespace PlaybookPortal.Data.Exporting;

/// <summary>
/// Writes <c>skills/catalog.yaml</c> and <c>skills/targets.yaml</c>: the stored text byte for
/// byte while nothing was edited in the portal (comments and layout survive), else the
/// database's state written afresh. A file changed on disk since the last sync is a conflict,
/// left untouched unless forced. A bare handbook gets no skills folder.
/// </summary>
internal sealed class SkillsExporter(PortalDbContext db)
{
    public async Task ExportAsync(
        string root, bool isContentRoot, ExportOptions options, ExportReport report,
        CancellationToken cancellationToken)
    {
        await ExportAsync(root, isContentRoot, SkillDocumentKind.Catalog, options, report, cancellationToken);
        await ExportAsync(root, isContentRoot, SkillDocumentKind.Targets, options, report, cancellationToken);
    }

    private async Task ExportAsync(
        string root, bool isContentRoot, SkillDocumentKind kind, ExportOptions options, ExportReport report,
        CancellationToken cancellationToken)
    {
        var document = await db.SkillDocuments.FirstOrDefaultAsync(d => d.Kind == kind, cancellationToken);
        var fromHere = document is not null && document.Source.Folder == root;
        var relativePath = fromHere ? document!.Source.RelativePath : DefaultPath(kind);
        if (!fromHere && (!isContentRoot || !await HasContentAsync(kind, cancellationToken)))
        {
            return;
        }

        var path = Path.Combine(root, relativePath);
        var onDisk = File.Exists(path) ? Encoding.UTF8.GetString(await File.ReadAllBytesAsync(path, cancellationToken)) : null;
        if (fromHere && onDisk is not null && ContentHash.Compute(onDisk) != document!.Source.ContentHash && !options.Force)
        {
            report.Add(new ExportEntry(relativePath, ExportOutcome.Conflict,
                "Changed on disk since the last import; left untouched (import it, or --force overwrites)."));
            return;
        }

        var text = document is { EditedInPortal: false }
            ? document.Text
            : await new SkillYamlWriter(db).WriteAsync(kind, cancellationToken);
        if (onDisk == text)
        {
            report.Add(new ExportEntry(relativePath, ExportOutcome.Unchanged, null));
            await RecordSyncAsync(document, kind, text, root, relativePath, cancellationToken);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Encoding.UTF8.GetBytes(text), cancellationToken);
        await RecordSyncAsync(document, kind, text, root, relativePath, cancellationToken);
        report.Add(new ExportEntry(relativePath, ExportOutcome.Written, null));
    }

    private async Task<bool> HasContentAsync(SkillDocumentKind kind, CancellationToken cancellationToken) =>
        kind == SkillDocumentKind.Catalog
            ? await db.Skills.AnyAsync(cancellationToken)
            : await db.SkillTargets.AnyAsync(cancellationToken);

    private async Task RecordSyncAsync(
        SkillDocument? document, SkillDocumentKind kind, string text, string root, string relativePath,
        CancellationToken cancellationToken)
    {
        // Portal edits are now on disk: the next import of this folder sees an unchanged file.
        if (document is { EditedInPortal: false } && document.Source.Folder != root)
        {
            return;
        }

        document ??= db.SkillDocuments.Add(new SkillDocument { Kind = kind }).Entity;
        document.Text = text;
        document.EditedInPortal = false;
        document.Source = new ContentSource { Folder = root, RelativePath = relativePath, ContentHash = ContentHash.Compute(text) };
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static string DefaultPath(SkillDocumentKind kind) =>
        kind == SkillDocumentKind.Catalog ? SkillFiles.Catalog : SkillFiles.Targets;
}
