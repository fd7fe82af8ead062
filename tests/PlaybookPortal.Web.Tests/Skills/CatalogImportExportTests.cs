using System.Text;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Exporting;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Tests.Exporting;

namespace PlaybookPortal.Web.Tests.Skills;

public sealed class CatalogImportExportTests : IAsyncLifetime
{
    private const string Catalog = "\uFEFF# Our skills\nskills:\n  - id: discovery\n    name: Discovery\n" +
        "    category: hard\n    levels:\n      0: Pitches first.\n      3: Digs deeper.\n" +
        "  - id: listening\n    name: Listening   # trailing comment\n    category: soft\n";

    private const string Targets = "targets:\n  ae:\n    discovery: 3\n    listening: 2\n  sdr:\n    discovery: 2\n";

    private ExportPortal _portal = null!;

    private string Source => _portal.Folder("source");

    public async Task InitializeAsync()
    {
        _portal = await ExportPortal.StartAsync();
        Write(Source, "positions.yaml", "positions:\n  - id: ae\n    title: AE\n  - id: sdr\n    title: SDR\n");
        Write(Source, "skills/catalog.yaml", Catalog);
        Write(Source, "skills/targets.yaml", Targets);
        Write(Source, "playbooks/demo.md", "---\ntitle: Demo\nskills: [discovery, juggling]\n---\nBody.\n");
    }

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task Import_ThenExport_WritesTheFilesByteForByteAndReimportChangesNothing()
    {
        var first = await _portal.ImportAsync(Source);
        var target = _portal.Folder("export");

        await _portal.ExportAsync(target);
        var again = await _portal.ImportAsync(Source);

        Assert.Contains(first.Entries, e => e is { RelativePath: "skills/catalog.yaml", Outcome: ImportOutcome.Added });
        Assert.Contains(first.Entries, e => e is { RelativePath: "skills/targets.yaml", Outcome: ImportOutcome.Added });
        Assert.Contains(first.Problems, p => p.RelativePath == "demo.md" && p.Reason!.Contains("juggling", StringComparison.Ordinal));
        Assert.Equal(Encoding.UTF8.GetBytes(Catalog), File.ReadAllBytes(Path.Combine(target, "skills/catalog.yaml")));
        Assert.Equal(Targets, File.ReadAllText(Path.Combine(target, "skills/targets.yaml")));
        Assert.All(again.Entries.Where(e => e.RelativePath.StartsWith("skills/", StringComparison.Ordinal)),
            e => Assert.Equal(ImportOutcome.Unchanged, e.Outcome));
        var levels = await _portal.QueryAsync(db => db.SkillTargets.OrderBy(t => t.PositionId).ThenBy(t => t.SkillId)
            .Select(t => t.PositionId + ":" + t.SkillId + "=" + t.Level).ToListAsync());
        Assert.Equal(["ae:discovery=3", "ae:listening=2", "sdr:discovery=2"], levels);
    }

    [Fact]
    public async Task Export_AfterPortalEdit_WritesTheDatabaseStateThatReimportsUnchanged()
    {
        await _portal.ImportAsync(Source);
        await EditInPortalAsync();
        var target = _portal.Folder("export");

        var export = await _portal.ExportAsync(target);
        var reimport = await _portal.ImportAsync(target);

        Assert.Contains(export.Entries, e => e is { RelativePath: "skills/catalog.yaml", Outcome: ExportOutcome.Written });
        var written = File.ReadAllText(Path.Combine(target, "skills/catalog.yaml"));
        Assert.Contains("name: Active listening", written, StringComparison.Ordinal);
        Assert.Contains("3: Digs deeper.", written, StringComparison.Ordinal);
        Assert.Equal(ImportOutcome.Unchanged,
            reimport.Entries.Single(e => e.RelativePath == "skills/catalog.yaml").Outcome);
    }

    [Fact]
    public async Task Import_FileChangedOnDiskWhileEditedInPortal_IsAConflictUnlessForced()
    {
        await _portal.ImportAsync(Source);
        await EditInPortalAsync();
        Write(Source, "skills/catalog.yaml", Catalog.Replace("Listening", "Hearing", StringComparison.Ordinal));

        var conflict = await _portal.ImportAsync(Source);
        var nameAfterConflict = await NameOfListeningAsync();
        var forced = await _portal.ImportAsync(Source, new ImportOptions(Force: true));

        Assert.Equal(ImportOutcome.Conflict, conflict.Entries.Single(e => e.RelativePath == "skills/catalog.yaml").Outcome);
        Assert.Equal("Active listening", nameAfterConflict);
        Assert.Equal(ImportOutcome.Changed, forced.Entries.Single(e => e.RelativePath == "skills/catalog.yaml").Outcome);
        Assert.Equal("Hearing", await NameOfListeningAsync());
    }

    [Fact]
    public async Task Import_SkillMissingFromFile_IsReportedAndRetiredOnlyWithPrune()
    {
        await _portal.ImportAsync(Source);
        Write(Source, "skills/catalog.yaml", "skills:\n  - id: discovery\n    name: Discovery\n    category: hard\n");

        var kept = await _portal.ImportAsync(Source);
        var retiredBefore = await RetiredAsync();
        Write(Source, "skills/catalog.yaml", "skills:\n  - id: discovery\n    name: Discovery!\n    category: hard\n");
        var pruned = await _portal.ImportAsync(Source, new ImportOptions(Prune: true));

        Assert.Contains(kept.Entries, e => e.Outcome == ImportOutcome.Vanished && e.Reason!.Contains("listening"));
        Assert.False(retiredBefore);
        Assert.Contains(pruned.Entries, e => e.Outcome == ImportOutcome.Archived && e.Reason!.Contains("listening"));
        Assert.True(await RetiredAsync());
    }

    private Task<bool> RetiredAsync() =>
        _portal.QueryAsync(db => db.Skills.Where(s => s.Id == "listening").Select(s => s.IsRetired).SingleAsync());

    private Task<string> NameOfListeningAsync() =>
        _portal.QueryAsync(db => db.Skills.Where(s => s.Id == "listening").Select(s => s.Name).SingleAsync());

    private Task<int> EditInPortalAsync() => _portal.QueryAsync(async db =>
    {
        (await db.Skills.SingleAsync(s => s.Id == "listening")).Name = "Active listening";
        (await db.SkillDocuments.SingleAsync(d => d.Kind == SkillDocumentKind.Catalog)).EditedInPortal = true;
        return await db.SaveChangesAsync();
    });

    private static void Write(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, Encoding.UTF8.GetBytes(text));
    }
}
