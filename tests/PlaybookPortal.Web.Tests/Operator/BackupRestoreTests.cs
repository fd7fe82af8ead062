using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Changes;
using PlaybookPortal.Data.Editing;
using PlaybookPortal.Search.Querying;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Operator;

/// <summary>
/// <c>backup</c> beside a serving portal and <c>restore</c> into a fresh data folder: what the
/// portal held comes back, and the search index is rebuilt from it.
/// </summary>
public sealed class BackupRestoreTests(PortalFactory portal) : IClassFixture<PortalFactory>, IDisposable
{
    private const int BackupManifestFormat = Web.Backups.BackupManifest.CurrentFormatVersion;

    private static readonly Reader Editor = new("editor", PermissionRole.Editor, null);

    private readonly string _scratch = Directory.CreateTempSubdirectory("portal-backup-").FullName;

    [Fact]
    public async Task Backup_WhileThePortalServes_RestoresEverythingIntoAFreshDataFolder()
    {
        await portal.CreateUserAsync("kept@test.local", "a-long-kept-password", PermissionRole.Rep, "sdr");
        await SaveAsync(portal, "kpis/close-rate", "\nZebrafication of the pipeline.\n");
        using (var serving = await portal.SignInNewUserAsync(PermissionRole.Rep))
        {
            Assert.Contains("Close rate", await serving.GetPageAsync("/playbooks/kpis/close-rate"), StringComparison.Ordinal);
        }

        var before = await SnapshotAsync(portal);
        var archive = Path.Combine(_scratch, "nightly.zip");

        var (backupExit, backupOutput) = await InProcessVerbs.BackupAsync(portal.DataRoot, archive);

        Assert.Equal(0, backupExit);
        Assert.Contains($"{before.Revisions.Values.Sum()} revisions", backupOutput, StringComparison.Ordinal);
        var root = Path.Combine(_scratch, "restored");
        Directory.CreateDirectory(Path.Combine(root, "data", "index"));
        var (restoreExit, restoreOutput) = await InProcessVerbs.RestoreAsync(Path.Combine(root, "data"), archive);
        Assert.Equal(0, restoreExit);
        Assert.Contains("Deleted the old search index", restoreOutput, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "data", "index")));

        await using var restored = PortalFactory.WithoutImport(root);
        await restored.InitializeAsync();
        var after = await SnapshotAsync(restored);
        Assert.Equal(before.Revisions, after.Revisions);
        Assert.Equal(before.Users, after.Users);
        Assert.Equal(before.ChangeNumber, after.ChangeNumber);
        using var kept = await restored.SignInAsync("kept@test.local", "a-long-kept-password");
        Assert.Contains("Close rate", await kept.GetPageAsync("/playbooks/kpis/close-rate"), StringComparison.Ordinal);
        var hits = await restored.Services.GetRequiredService<IPlaybookSearch>()
            .SearchAsync(new SearchRequest("zebrafication", Editor), CancellationToken.None);
        Assert.Equal(["kpis/close-rate"], hits.Hits.Select(h => h.Slug));
    }

    [Fact]
    public async Task Backup_DuringConcurrentWrites_IsAConsistentDatabase()
    {
        var saves = 0;
        using var stop = new CancellationTokenSource();
        var writing = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await SaveAsync(portal, "general/quota-basics", $"\nRound {saves}.\n");
                Interlocked.Increment(ref saves);
            }
        });

        var archives = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            await WaitForMoreSavesThanAsync(() => Volatile.Read(ref saves), round * 3);
            var archive = Path.Combine(_scratch, $"busy-{round}.zip");
            Assert.Equal(0, (await InProcessVerbs.BackupAsync(portal.DataRoot, archive)).ExitCode);
            archives.Add(archive);
        }

        await stop.CancelAsync();
        await writing;

        foreach (var archive in archives)
        {
            var database = BackupFiles.ExtractDatabase(archive, _scratch);
            var manifest = BackupFiles.Manifest(archive);
            Assert.Equal("ok", BackupFiles.Scalar(database, "PRAGMA integrity_check"));
            Assert.Equal(manifest.Revisions.ToString(System.Globalization.CultureInfo.InvariantCulture),
                BackupFiles.Scalar(database, "SELECT COUNT(*) FROM PlaybookRevisions"));
            Assert.Equal("delete", BackupFiles.Scalar(database, "PRAGMA journal_mode"));
        }

        Assert.True(BackupFiles.Manifest(archives[^1]).Revisions > BackupFiles.Manifest(archives[0]).Revisions);
    }

    [Fact]
    public async Task Backup_OntoAnExistingFile_IsRefusedWithoutForce_AndReplacesItWithForce()
    {
        var archive = Path.Combine(_scratch, "existing.zip");
        await File.WriteAllTextAsync(archive, "last week's backup");

        var (refusedExit, refusedOutput) = await InProcessVerbs.BackupAsync(portal.DataRoot, archive);

        Assert.Equal(1, refusedExit);
        Assert.Contains("--force", refusedOutput, StringComparison.Ordinal);
        Assert.Equal("last week's backup", await File.ReadAllTextAsync(archive));
        Assert.Equal(0, (await InProcessVerbs.BackupAsync(portal.DataRoot, archive, "--force")).ExitCode);
        Assert.Equal(BackupManifestFormat, BackupFiles.Manifest(archive).FormatVersion);
        Assert.Equal([Path.GetFileName(archive)], Directory.GetFiles(_scratch).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Restore_OverAnExistingDatabase_IsRefusedAndTouchesNothing()
    {
        var archive = Path.Combine(_scratch, "good.zip");
        Assert.Equal(0, (await InProcessVerbs.BackupAsync(portal.DataRoot, archive)).ExitCode);
        var data = Directory.CreateDirectory(Path.Combine(_scratch, "in-use")).FullName;
        var database = Path.Combine(data, "portal.db");
        await File.WriteAllTextAsync(database, "someone's data");

        var (exitCode, output) = await InProcessVerbs.RestoreAsync(data, archive);

        Assert.Equal(1, exitCode);
        Assert.Contains("already exists", output, StringComparison.Ordinal);
        Assert.Equal("someone's data", await File.ReadAllTextAsync(database));
        Assert.Equal([database], Directory.GetFiles(data));
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static async Task WaitForMoreSavesThanAsync(Func<int> saves, int count)
    {
        for (var attempt = 0; attempt < 600 && saves() <= count; attempt++)
        {
            await Task.Delay(50);
        }

        Assert.True(saves() > count, "The writer made no progress.");
    }

    private static async Task SaveAsync(PortalFactory target, string slug, string appended)
    {
        await using var scope = target.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var playbook = await db.Playbooks.Include(p => p.CurrentRevision).SingleAsync(p => p.Slug == slug);
        var save = new PlaybookSave(playbook.Id, playbook.CurrentRevision!.SourceText + appended,
            playbook.CurrentRevisionId!.Value, null, "Test", "Concurrent edit");
        Assert.IsType<PlaybookSaved>(
            await scope.ServiceProvider.GetRequiredService<PlaybookRevisionSaver>().SaveAsync(save, CancellationToken.None));
    }

    private static async Task<PortalState> SnapshotAsync(PortalFactory target)
    {
        PortalState state = null!;
        await target.WithDbAsync(async db => state = new PortalState(
            await db.PlaybookRevisions.GroupBy(r => r.PlaybookId)
                .ToDictionaryAsync(g => g.Key, g => g.Count()),
            (await db.Users.Select(u => u.Email!).ToListAsync()).Order(StringComparer.Ordinal).ToList(),
            await db.ChangeCounters.Where(c => c.Id == ChangeCounter.SingletonId).Select(c => c.Value).SingleAsync()));
        return state;
    }

    private sealed record PortalState(Dictionary<string, int> Revisions, List<string> Users, long ChangeNumber);
}
