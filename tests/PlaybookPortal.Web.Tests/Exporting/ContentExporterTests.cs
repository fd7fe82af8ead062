using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Exporting;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.CorpusCheck;
using PlaybookPortal.Data.Editing;

namespace PlaybookPortal.Web.Tests.Exporting;

public sealed class ContentExporterTests : IAsyncLifetime
{
    private ExportPortal _portal = null!;

    private string Handbook => _portal.Folder("handbook");

    public async Task InitializeAsync()
    {
        _portal = await ExportPortal.StartAsync();
        ExportHandbook.WriteTo(Handbook);
        var import = await _portal.ImportAsync(Handbook);
        Assert.Equal(ExportHandbook.Files.Count, import.Count(ImportOutcome.Added));
    }

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task Export_IntoANewContentRoot_CopiesThePositionCatalogItWasImportedFrom()
    {
        var catalog = _portal.Folder("catalog");
        Directory.CreateDirectory(Path.Combine(catalog, "playbooks"));
        const string positions = "# Our jobs\npositions:\n  - id: sdr\n    title: Sales development rep\n  - id: ae\n    title: Account executive\n";
        await File.WriteAllTextAsync(Path.Combine(catalog, "positions.yaml"), positions);
        await File.WriteAllTextAsync(Path.Combine(catalog, "playbooks", "intro.md"), "Hello.\n");
        await _portal.ImportAsync(catalog);
        var target = _portal.Folder("fresh-root");

        await _portal.ExportAsync(target);

        Assert.Equal(positions, await File.ReadAllTextAsync(Path.Combine(target, "positions.yaml")));
        Assert.True(File.Exists(Path.Combine(target, "playbooks", "intro.md")));
    }

    [Fact]
    public async Task Export_ImportedHandbook_EveryFileIsTheOriginalWithOnlyAnIdLineAdded()
    {
        var target = _portal.Folder("export");

        var report = await _portal.ExportAsync(target);

        Assert.Equal(ExportHandbook.Files.Count, report.Count(ExportOutcome.Written));
        Assert.Equal(ExportHandbook.Files.Keys.Order(), FilesBelow(target));
        foreach (var (path, original) in ExportHandbook.Files)
        {
            var exported = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(target, path)));
            Assert.Null(ExportDiff.Describe(original, exported));
            Assert.Contains("id: ", exported, StringComparison.Ordinal);
        }

        Assert.Equal(ExportHandbook.Files["has-id.md"], File.ReadAllText(Path.Combine(target, "has-id.md")));
    }

    [Fact]
    public async Task Export_TextWithAByteOrderMark_KeepsExactlyOneMarkAndItsCrlf()
    {
        var target = _portal.Folder("export");
        var id = await _portal.IdOfAsync("bom-crlf");

        await _portal.ExportAsync(target);

        var expected = new byte[] { 0xEF, 0xBB, 0xBF }
            .Concat(Encoding.UTF8.GetBytes($"---\r\nid: {id}\r\ntitle: BOM and CRLF\r\n---\r\nBody line.\r\n"));
        Assert.Equal(expected, File.ReadAllBytes(Path.Combine(target, "bom-crlf.md")));
    }

    [Fact]
    public async Task Import_OfTheExport_ReportsEveryFileUnchanged_AndAddsNoRevisionOrChange()
    {
        var target = _portal.Folder("export");
        await _portal.ExportAsync(target);
        var before = await _portal.HistoryAsync();

        var import = await _portal.ImportAsync(target);

        Assert.Equal(ExportHandbook.Files.Count, import.Count(ImportOutcome.Unchanged));
        Assert.Equal(ExportHandbook.Files.Count, import.Entries.Count);
        Assert.Equal(before, await _portal.HistoryAsync());
    }

    [Fact]
    public async Task Export_IntoTheImportedFolder_ThenImport_ChangesNothing()
    {
        var first = await _portal.ExportAsync(Handbook);
        var before = await _portal.HistoryAsync();

        var import = await _portal.ImportAsync(Handbook);
        var second = await _portal.ExportAsync(Handbook);

        // Every file but the one that named its id already gained an id line.
        Assert.Equal(ExportHandbook.Files.Count - 1, first.Count(ExportOutcome.Written));
        Assert.Equal(ExportHandbook.Files.Count, import.Count(ImportOutcome.Unchanged));
        Assert.Equal(before, await _portal.HistoryAsync());
        Assert.Equal(ExportHandbook.Files.Count, second.Count(ExportOutcome.Unchanged));
    }

    [Fact]
    public async Task Export_PlaybookEditedOnlyInPortal_OverwritesTheFile_AndTheNextImportSeesNoChange()
    {
        await _portal.ExportAsync(Handbook);
        await SaveInPortalAsync("commented", "---\ntitle: Commented\n---\nEdited in the portal.\n");

        var export = await _portal.ExportAsync(Handbook);
        var import = await _portal.ImportAsync(Handbook);

        Assert.False(export.HasConflicts);
        var onDisk = File.ReadAllText(Path.Combine(Handbook, "commented.md"));
        Assert.Contains("Edited in the portal.", onDisk, StringComparison.Ordinal);
        Assert.Equal(ExportHandbook.Files.Count, import.Count(ImportOutcome.Unchanged));
    }

    [Fact]
    public async Task Export_FileChangedOnDiskAndInPortal_IsAConflictLeftUntouched_UntilForced()
    {
        await _portal.ExportAsync(Handbook);
        var path = Path.Combine(Handbook, "commented.md");
        const string diskEdit = "---\ntitle: Commented\n---\nEdited on disk.\n";
        File.WriteAllText(path, diskEdit);
        await SaveInPortalAsync("commented", "---\ntitle: Commented\n---\nEdited in the portal.\n");

        var refused = await _portal.ExportAsync(Handbook);
        var onDiskAfterRefusal = File.ReadAllText(path);
        var forced = await _portal.ExportAsync(Handbook, force: true);

        var conflict = Assert.Single(refused.Entries, e => e.Outcome == ExportOutcome.Conflict);
        Assert.Equal("commented.md", conflict.RelativePath);
        Assert.Equal(diskEdit, onDiskAfterRefusal);
        Assert.False(forced.HasConflicts);
        Assert.Contains("Edited in the portal.", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_PlaybookMovedInPortal_WritesTheNewPath_RemovesTheOld_AndReimportKeepsHistory()
    {
        var id = await _portal.IdOfAsync("team");
        await using (var scope = _portal.Portal.Services.CreateAsyncScope())
        {
            var moved = await scope.ServiceProvider.GetRequiredService<PlaybookMover>()
                .MoveAsync(id, "people/team", CancellationToken.None);
            Assert.IsType<PlaybookPlaced>(moved);
        }

        var export = await _portal.ExportAsync(Handbook);
        var import = await _portal.ImportAsync(Handbook);

        var removed = Assert.Single(export.Entries, e => e.Outcome == ExportOutcome.Removed);
        Assert.Equal("team/README.md", removed.RelativePath);
        Assert.False(File.Exists(Path.Combine(Handbook, "team/README.md")));
        var newFile = File.ReadAllText(Path.Combine(Handbook, "people/team.md"));
        Assert.Contains($"id: {id}", newFile, StringComparison.Ordinal);
        Assert.DoesNotContain(import.Entries, e => e.Outcome is not ImportOutcome.Unchanged);
        var (slug, revisions, movedFrom) = await _portal.QueryAsync(async db => (
            await db.Playbooks.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync(),
            await db.PlaybookRevisions.CountAsync(r => r.PlaybookId == id),
            await db.Playbooks.Where(p => p.Id == id).Select(p => p.MovedFromPath).SingleAsync()));
        Assert.Equal("people/team", slug);
        Assert.Equal(1, revisions);
        Assert.Null(movedFrom);
    }

    [Fact]
    public async Task Export_PendingRevision_IsNotExported()
    {
        await SaveInPortalAsync("plain", "# Plain page\n\nNot released yet.\n", publish: false);
        var target = _portal.Folder("export");

        await _portal.ExportAsync(target);

        var exported = File.ReadAllText(Path.Combine(target, "plain.md"));
        Assert.Contains("No front matter at all.", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("Not released yet.", exported, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_PlaybookArchivedBecauseItsFileVanished_IsNotWritten()
    {
        File.Delete(Path.Combine(Handbook, "plain.md"));
        await _portal.ImportAsync(Handbook, new ImportOptions(Prune: true));
        var target = _portal.Folder("export");

        var report = await _portal.ExportAsync(target);

        Assert.False(File.Exists(Path.Combine(target, "plain.md")));
        Assert.Equal("plain.md", Assert.Single(report.Entries, e => e.Outcome == ExportOutcome.Skipped).RelativePath);
    }

    private async Task SaveInPortalAsync(string slug, string text, bool publish = true)
    {
        await using var scope = _portal.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlaybookPortal.Data.PortalDbContext>();
        var playbook = await db.Playbooks.AsNoTracking().SingleAsync(p => p.Slug == slug);
        var saver = scope.ServiceProvider.GetRequiredService<PlaybookRevisionSaver>();
        var saved = await saver.SaveAsync(
            new PlaybookSave(playbook.Id, text, (playbook.PendingRevisionId ?? playbook.CurrentRevisionId)!.Value,
                null, "Test editor", "Edited in a test") { Publish = publish },
            CancellationToken.None);
        Assert.IsType<PlaybookSaved>(saved);
    }

    private static List<string> FilesBelow(string folder) => Directory
        .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
        .Order()
        .ToList();
}
