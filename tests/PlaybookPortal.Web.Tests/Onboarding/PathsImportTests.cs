using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Exporting;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Onboarding;

[Collection(SharedPortal.Name)]
public sealed class PathsImportTests(PortalFactory portal)
{
    [Fact]
    public async Task Import_PathFile_ResolvesPlaybooksAndWarnsAboutUnreadableOnes()
    {
        using var folder = new PathsTestFolder();
        folder.Write(folder.Yaml(extraSteps: "  - id: gone\n    kind: read\n    title: Gone\n    playbook: missing/page\n    due_day: 3\n"));

        var report = await folder.ImportAsync(portal);

        var relative = $"onboarding/{folder.PathId}.yaml";
        Assert.Contains(report.Entries, e => e.RelativePath == relative && e.Outcome == ImportOutcome.Added);
        Assert.Contains(report.Problems, p => p.RelativePath == relative && p.Outcome == ImportOutcome.Warning
            && p.Message().Contains("sdr may not read", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.RelativePath == relative && p.Line == 20
            && p.Message().Contains("not a playbook", StringComparison.Ordinal));
        await portal.WithDbAsync(async db =>
        {
            var steps = await db.OnboardingSteps.Where(s => s.PathId == folder.PathId).OrderBy(s => s.Order).ToListAsync();
            Assert.Equal(["welcome", "ae-notes", "shadow", "gone"], steps.Select(s => s.StepId));
            Assert.NotNull(steps[0].PlaybookId);
            Assert.Null(steps[3].PlaybookId);
        });
    }

    [Fact]
    public async Task Import_BrokenFile_FailsWithLineAndChangesNothing()
    {
        using var folder = new PathsTestFolder();
        folder.Write(folder.Yaml().Replace("due_day: 5", "due_day: -5", StringComparison.Ordinal));

        var report = await folder.ImportAsync(portal);

        var failed = Assert.Single(report.Entries, e => e.Outcome == ImportOutcome.Failed);
        Assert.Equal(19, failed.Line);
        await portal.WithDbAsync(async db => Assert.False(await db.OnboardingPaths.AnyAsync(p => p.Id == folder.PathId)));
    }

    [Fact]
    public async Task Reimport_ChangedSteps_AddsRemovesAndRestoresWithoutDeleting()
    {
        using var folder = new PathsTestFolder();
        folder.Write(folder.Yaml());
        await folder.ImportAsync(portal);
        var rep = await portal.CreateUserAsync($"rep-{Guid.NewGuid():N}@test.local", "a-long-test-password", PermissionRole.Rep, "sdr");
        await portal.WithDbAsync(async db =>
        {
            db.Enrollments.Add(new Enrollment { UserId = rep.Id, PathId = folder.PathId, StartDate = new DateOnly(2026, 1, 5), EnrolledUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        folder.Write(folder.Yaml().Replace("  - id: shadow\n    kind: task\n    title: Shadow a call\n    due_day: 5\n", "", StringComparison.Ordinal)
            + "  - id: signoff\n    kind: signoff\n    title: Manager signs off\n    due_day: 9\n");
        var changed = await folder.ImportAsync(portal);
        folder.Write(folder.Yaml());
        var restored = await folder.ImportAsync(portal);

        Assert.Contains(changed.Entries, e => e.Outcome == ImportOutcome.Changed);
        Assert.Contains(restored.Entries, e => e.Outcome == ImportOutcome.Changed);
        await portal.WithDbAsync(async db =>
        {
            var steps = await db.OnboardingSteps.Where(s => s.PathId == folder.PathId).ToDictionaryAsync(s => s.StepId);
            Assert.Null(steps["shadow"].RemovedUtc);
            Assert.NotNull(steps["signoff"].RemovedUtc);
            Assert.True(steps["signoff"].AddedUtc > steps["welcome"].AddedUtc);
            Assert.Equal(1, await db.Enrollments.CountAsync(e => e.PathId == folder.PathId));
        });
    }

    [Fact]
    public async Task Reimport_PathEditedInPortalAndOnDisk_IsAConflictUnlessForced()
    {
        using var folder = new PathsTestFolder();
        folder.Write(folder.Yaml());
        await folder.ImportAsync(portal);
        await portal.WithDbAsync(async db =>
        {
            var path = await db.OnboardingPaths.SingleAsync(p => p.Id == folder.PathId);
            path.SourceText += "# edited in the portal\n";
            await db.SaveChangesAsync();
        });
        folder.Write(folder.Yaml().Replace("Test path", "Changed on disk", StringComparison.Ordinal));

        var refused = await folder.ImportAsync(portal);
        var forced = await folder.ImportAsync(portal, force: true);

        Assert.Contains(refused.Entries, e => e.Outcome == ImportOutcome.Conflict);
        Assert.Contains(forced.Entries, e => e.Outcome == ImportOutcome.Changed);
        await portal.WithDbAsync(async db =>
            Assert.Equal("Changed on disk", (await db.OnboardingPaths.SingleAsync(p => p.Id == folder.PathId)).Title));
    }

    [Fact]
    public async Task ExportThenImport_RoundTrip_FilesIdenticalAndUnchanged()
    {
        using var folder = new PathsTestFolder();
        var original = "\uFEFF" + folder.Yaml().Replace("\n", "\r\n", StringComparison.Ordinal);
        File.WriteAllText(folder.FileOf(folder.PathId), original);
        await folder.ImportAsync(portal);
        using var target = new PathsTestFolder();

        await PathsTestFolder.ExportAsync(portal, target.Root);
        var intoSource = await PathsTestFolder.ExportAsync(portal, folder.Root);
        var again = await folder.ImportAsync(portal);

        var relative = $"onboarding/{folder.PathId}.yaml";
        Assert.Equal(File.ReadAllBytes(folder.FileOf(folder.PathId)), File.ReadAllBytes(target.FileOf(folder.PathId)));
        Assert.Contains(intoSource.Entries, e => e.RelativePath == relative && e.Outcome == ExportOutcome.Unchanged);
        Assert.Contains(again.Entries, e => e.RelativePath == relative && e.Outcome == ImportOutcome.Unchanged);
    }
}

internal static class ImportEntryText
{
    public static string Message(this ImportEntry entry) => entry.Reason ?? "";
}
