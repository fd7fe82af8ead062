using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Acknowledging;
using PlaybookPortal.Data.Editing;

namespace PlaybookPortal.Web.Tests.Editing;

/// <summary>
/// Who is asked to acknowledge what: a material change to a playbook that requires it asks its
/// audience again, a minor one asks nothing, and an acknowledgement is bound to its revision.
/// </summary>
public sealed class AcknowledgementRuleTests : IAsyncLifetime
{
    private EditingPortal _editing = null!;

    public async Task InitializeAsync() => _editing = await EditingPortal.StartAsync();

    public async Task DisposeAsync() => await _editing.DisposeAsync();

    [Fact]
    public async Task FirstImport_AsksTheAudience_AndOnlyTheAudience()
    {
        var playbook = await _editing.StateAsync(EditingPortal.AckSlug);
        var sdr = await NewReaderAsync("sdr");
        var ae = await NewReaderAsync("ae");

        Assert.Equal(playbook.CurrentId, playbook.AckRevisionId);
        Assert.Contains(playbook.Id, await _editing.OpenRequestsAsync(sdr));
        Assert.DoesNotContain(playbook.Id, await _editing.OpenRequestsAsync(ae));
    }

    [Fact]
    public async Task Acknowledging_SettlesTheRequest_UntilTheNextMaterialChange()
    {
        var playbook = await _editing.StateAsync(EditingPortal.AckSlug);
        var rep = await NewReaderAsync("sdr");

        Assert.True(await _editing.AcknowledgeAsync(rep.UserId, playbook.Id, playbook.CurrentId));
        Assert.DoesNotContain(playbook.Id, await _editing.OpenRequestsAsync(rep));

        await PublishAsync(playbook, "\nA typo fixed.\n", material: false);
        Assert.DoesNotContain(playbook.Id, await _editing.OpenRequestsAsync(rep));

        var afterMinor = await _editing.StateAsync(EditingPortal.AckSlug);
        await PublishAsync(afterMinor, "\nNew rule: no side deals.\n", material: true);
        Assert.Contains(playbook.Id, await _editing.OpenRequestsAsync(rep));
    }

    [Fact]
    public async Task OnlyTheCurrentRevision_CanBeAcknowledged()
    {
        var first = await _editing.StateAsync(EditingPortal.AckSlug);
        await PublishAsync(first, "\nChanged.\n", material: true);
        var rep = await NewReaderAsync("sdr");

        Assert.False(await _editing.AcknowledgeAsync(rep.UserId, first.Id, first.CurrentId));
        Assert.Contains(first.Id, await _editing.OpenRequestsAsync(rep));
    }

    [Fact]
    public async Task Status_SaysWhoIsUpToDate_BehindOrNeverAcknowledged()
    {
        var first = await _editing.StateAsync(EditingPortal.AckSlug);
        var current = await NewReaderAsync("sdr");
        var older = await NewReaderAsync("sdr");
        var never = await NewReaderAsync("sdr");
        await NewReaderAsync("ae");
        Assert.True(await _editing.AcknowledgeAsync(older.UserId, first.Id, first.CurrentId));
        await PublishAsync(first, "\nMaterial.\n", material: true);
        var second = await _editing.StateAsync(EditingPortal.AckSlug);
        Assert.True(await _editing.AcknowledgeAsync(current.UserId, first.Id, second.CurrentId));

        var status = await _editing.WithAsync<AcknowledgementLedger, IReadOnlyList<AcknowledgementStatus>>(
            l => l.StatusAsync(first.Id, CancellationToken.None));

        Assert.Equal(AcknowledgementState.UpToDate, status.Single(s => s.UserId == current.UserId).State);
        Assert.Equal(2, status.Single(s => s.UserId == current.UserId).AcknowledgedRevisionNumber);
        Assert.Equal(AcknowledgementState.Older, status.Single(s => s.UserId == older.UserId).State);
        Assert.Equal(1, status.Single(s => s.UserId == older.UserId).AcknowledgedRevisionNumber);
        Assert.Equal(AcknowledgementState.None, status.Single(s => s.UserId == never.UserId).State);
        Assert.All(status, s => Assert.NotEqual("ae", s.PositionId));
    }

    [Fact]
    public async Task ImportedChange_IsMaterial_UnlessTheImportSaysMinor()
    {
        var playbook = await _editing.StateAsync(EditingPortal.AckSlug);
        var rep = await NewReaderAsync("sdr");
        Assert.True(await _editing.AcknowledgeAsync(rep.UserId, playbook.Id, playbook.CurrentId));
        var file = Path.Combine(_editing.Portal.ContentRoot, "playbooks", "rules", "code-of-conduct.md");

        await File.AppendAllTextAsync(file, "Typo fix.\n");
        await _editing.ImportAsync(new ImportOptions(Minor: true));
        Assert.DoesNotContain(playbook.Id, await _editing.OpenRequestsAsync(rep));

        await File.AppendAllTextAsync(file, "A new rule.\n");
        await _editing.ImportAsync(new ImportOptions());
        Assert.Contains(playbook.Id, await _editing.OpenRequestsAsync(rep));
    }

    private async Task PublishAsync(PlaybookState state, string addition, bool material) =>
        Assert.IsType<PlaybookSaved>(await _editing.SaveAsync(
            new PlaybookSave(state.Id, state.LatestText + addition, state.LatestId, null, "Ed", "Change") { Material = material }));

    private async Task<Reader> NewReaderAsync(string position)
    {
        var user = await _editing.Portal.CreateUserAsync(
            $"reader-{Guid.NewGuid():N}@test.local", "a-long-test-password", PermissionRole.Rep, position);
        return new Reader(user.Id, PermissionRole.Rep, position);
    }
}
