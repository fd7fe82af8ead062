using System.Net;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Editing;

namespace PlaybookPortal.Web.Tests.Editing;

/// <summary>
/// Saving without releasing: readers keep the published revision until "publish", the next
/// edit starts from the pending one, and a pending edit overtaken by a newer published
/// revision is refused rather than silently undoing it.
/// </summary>
public sealed class PendingRevisionTests : IAsyncLifetime
{
    private static readonly Reader Rep = new("rep", PermissionRole.Rep, "sdr");
    private EditingPortal _editing = null!;

    public async Task InitializeAsync() => _editing = await EditingPortal.StartAsync();

    public async Task DisposeAsync() => await _editing.DisposeAsync();

    [Fact]
    public async Task PendingSave_ReadersKeepThePublishedText_UntilPublished()
    {
        var before = await _editing.StateAsync("kpis/close-rate");
        using var rep = await _editing.Portal.SignInNewUserAsync(PermissionRole.Rep, "sdr");

        var saved = Assert.IsType<PlaybookSaved>(await _editing.SaveAsync(
            new PlaybookSave(before.Id, before.LatestText + "\nQuokkafied forecast.\n", before.LatestId, null, "Ed", "Draft a change") { Publish = false }));

        Assert.True(saved.IsPending);
        Assert.DoesNotContain("Quokkafied", await rep.GetPageAsync("/playbooks/kpis/close-rate"));
        Assert.Empty(await _editing.SearchSlugsAsync("quokkafied", Rep));
        var pending = await _editing.StateAsync("kpis/close-rate");
        Assert.Equal(before.CurrentId, pending.CurrentId);
        Assert.Equal(saved.RevisionId, pending.PendingId);

        Assert.IsType<PlaybookSaved>(await _editing.PublishPendingAsync(before.Id, saved.RevisionId));

        Assert.Contains("Quokkafied", await rep.GetPageAsync("/playbooks/kpis/close-rate"));
        Assert.Equal(["kpis/close-rate"], await _editing.SearchSlugsAsync("quokkafied", Rep));
        var published = await _editing.StateAsync("kpis/close-rate");
        Assert.Equal(saved.RevisionId, published.CurrentId);
        Assert.Null(published.PendingId);
    }

    [Fact]
    public async Task EditOfThePublishedRevision_WhilePendingExists_IsAConflict()
    {
        var before = await _editing.StateAsync("kpis/close-rate");
        var pending = Assert.IsType<PlaybookSaved>(await _editing.SaveAsync(
            new PlaybookSave(before.Id, before.LatestText + "\nFirst tab.\n", before.LatestId, null, "Ed", "One") { Publish = false }));

        var second = await _editing.SaveAsync(
            new PlaybookSave(before.Id, before.LatestText + "\nSecond tab.\n", before.CurrentId, null, "Ed", "Two"));

        Assert.Equal(pending.RevisionId, Assert.IsType<PlaybookSaveConflict>(second).CurrentRevisionId);
        Assert.Equal(pending.RevisionId, (await _editing.StateAsync("kpis/close-rate")).LatestId);
    }

    [Fact]
    public async Task TwoSavesFromTheSameRevision_OneWins_TheOtherIsAConflict()
    {
        var before = await _editing.StateAsync("kpis/close-rate");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => _editing.SaveAsync(
            new PlaybookSave(before.Id, before.LatestText + $"\nTab {i}.\n", before.LatestId, null, "Ed", $"Tab {i}"))));

        Assert.Single(results.OfType<PlaybookSaved>());
        Assert.Equal(3, results.OfType<PlaybookSaveConflict>().Count());
        Assert.Equal(before.RevisionCount + 1, (await _editing.StateAsync("kpis/close-rate")).RevisionCount);
    }

    [Fact]
    public async Task Discard_DropsThePendingEdit_AndKeepsItInTheHistory()
    {
        var before = await _editing.StateAsync("kpis/close-rate");
        var pending = Assert.IsType<PlaybookSaved>(await _editing.SaveAsync(
            new PlaybookSave(before.Id, before.LatestText + "\nNot wanted.\n", before.LatestId, null, "Ed", "Try") { Publish = false }));

        var discarded = await _editing.WithAsync<PendingRevisionPublisher, bool>(
            p => p.DiscardAsync(before.Id, pending.RevisionId, CancellationToken.None));

        Assert.True(discarded);
        var after = await _editing.StateAsync("kpis/close-rate");
        Assert.Null(after.PendingId);
        Assert.Equal(before.CurrentId, after.LatestId);
        Assert.Equal(before.RevisionCount + 1, after.RevisionCount);
    }

    [Fact]
    public async Task ImportOfADiskChange_WhilePendingExists_IsAConflict_AndForcingItMakesThePendingEditStale()
    {
        var before = await _editing.StateAsync("kpis/close-rate");
        var pending = Assert.IsType<PlaybookSaved>(await _editing.SaveAsync(
            new PlaybookSave(before.Id, before.LatestText + "\nPortal edit.\n", before.LatestId, null, "Ed", "Portal") { Publish = false }));
        var file = Path.Combine(_editing.Portal.ContentRoot, "playbooks", "kpis", "close-rate.md");
        await File.AppendAllTextAsync(file, "\nDisk edit.\n");

        var refused = await _editing.ImportAsync(new ImportOptions());
        Assert.Contains(refused.Entries, e => e.RelativePath == "kpis/close-rate.md" && e.Outcome == ImportOutcome.Conflict);

        var forced = await _editing.ImportAsync(new ImportOptions(Force: true));
        Assert.Contains(forced.Entries, e => e.RelativePath == "kpis/close-rate.md" && e.Outcome == ImportOutcome.Changed);

        var publish = await _editing.PublishPendingAsync(before.Id, pending.RevisionId);
        Assert.IsType<PlaybookSaveConflict>(publish);
        using var rep = await _editing.Portal.SignInNewUserAsync(PermissionRole.Rep, "sdr");
        var page = await rep.GetPageAsync("/playbooks/kpis/close-rate");
        Assert.Contains("Disk edit.", page);
        Assert.DoesNotContain("Portal edit.", page);
    }

    [Fact]
    public async Task RejectedSave_KeepsThePreviousRevision()
    {
        var before = await _editing.StateAsync("kpis/close-rate");
        var huge = before.LatestText + new string('x', 2 * 1024 * 1024 + 10);

        var result = await _editing.SaveAsync(new PlaybookSave(before.Id, huge, before.LatestId, null, "Ed", "Too big"));

        var problem = Assert.Single(Assert.IsType<PlaybookSaveRejected>(result).Problems);
        Assert.Contains("2,097,152", problem, StringComparison.Ordinal);
        var after = await _editing.StateAsync("kpis/close-rate");
        Assert.Equal(before.LatestId, after.LatestId);
        Assert.Equal(before.RevisionCount, after.RevisionCount);
        using var rep = await _editing.Portal.SignInNewUserAsync(PermissionRole.Rep, "sdr");
        Assert.Equal(HttpStatusCode.OK, (await rep.GetAsync("/playbooks/kpis/close-rate")).StatusCode);
    }

    [Fact]
    public async Task Restore_WritesTheOldTextAsANewRevision()
    {
        var first = await _editing.StateAsync("kpis/close-rate");
        Assert.IsType<PlaybookSaved>(await _editing.SaveAsync(
            new PlaybookSave(first.Id, first.LatestText.Replace("Won deals", "Booked deals", StringComparison.Ordinal), first.LatestId, null, "Ed", "Reword")));
        var second = await _editing.StateAsync("kpis/close-rate");

        var restored = Assert.IsType<PlaybookSaved>(await _editing.SaveAsync(
            new PlaybookSave(first.Id, first.LatestText, second.LatestId, null, "Ed", "Restored revision 1")));

        var after = await _editing.StateAsync("kpis/close-rate");
        Assert.Equal(restored.RevisionId, after.CurrentId);
        Assert.Equal(first.LatestText, after.LatestText);
        Assert.Equal(first.RevisionCount + 2, after.RevisionCount);
    }

    [Fact]
    public async Task UnchangedText_MakesNoRevision_ButPublishesAPendingEdit()
    {
        var before = await _editing.StateAsync("kpis/close-rate");

        var nothing = await _editing.SaveAsync(new PlaybookSave(before.Id, before.LatestText, before.LatestId, null, "Ed", "Same"));
        Assert.IsType<PlaybookSaveRejected>(nothing);
        Assert.Equal(before.RevisionCount, (await _editing.StateAsync("kpis/close-rate")).RevisionCount);

        var pending = Assert.IsType<PlaybookSaved>(await _editing.SaveAsync(
            new PlaybookSave(before.Id, before.LatestText + "\nPending words.\n", before.LatestId, null, "Ed", "Pending") { Publish = false }));
        var published = await _editing.SaveAsync(
            new PlaybookSave(before.Id, before.LatestText + "\nPending words.\n", pending.RevisionId, null, "Ed", "Publish it"));

        Assert.Equal(pending.RevisionId, Assert.IsType<PlaybookSaved>(published).RevisionId);
        var after = await _editing.StateAsync("kpis/close-rate");
        Assert.Equal(pending.RevisionId, after.CurrentId);
        Assert.Null(after.PendingId);
        Assert.Equal(before.RevisionCount + 1, after.RevisionCount);
    }

    [Fact]
    public async Task ContentRootThatMovedElsewhere_ImportsAsUnchanged_AndItsChangesAsChanges()
    {
        var copy = Path.Combine(_editing.Portal.Root, "relocated");
        CopyFolder(_editing.Portal.ContentRoot, copy);
        await File.AppendAllTextAsync(Path.Combine(copy, "playbooks", "kpis", "close-rate.md"), "\nA new release line.\n");
        var before = await _editing.StateAsync("kpis/close-rate");

        var report = await _editing.WithAsync<Data.Importing.ContentImporter, ImportReport>(
            i => i.ImportAsync(copy, new ImportOptions(), CancellationToken.None));

        Assert.Equal(0, report.FailureCount);
        Assert.Contains(report.Entries, e => e.RelativePath == "general/welcome.md" && e.Outcome == ImportOutcome.Unchanged);
        Assert.Contains(report.Entries, e => e.RelativePath == "kpis/close-rate.md" && e.Outcome == ImportOutcome.Moved);
        var after = await _editing.StateAsync("kpis/close-rate");
        Assert.Equal(before.Id, after.Id);
        Assert.EndsWith("A new release line.\n", after.LatestText, StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
