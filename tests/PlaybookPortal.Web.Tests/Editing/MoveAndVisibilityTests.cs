using System.Net;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data.Editing;

namespace PlaybookPortal.Web.Tests.Editing;

/// <summary>
/// A move keeps the playbook's identity and its old address for those who may read it; an
/// archive or a narrowed audience is in force in search and on the page right after the save.
/// </summary>
public sealed class MoveAndVisibilityTests : IAsyncLifetime
{
    private static readonly Reader Rep = new("rep", PermissionRole.Rep, "sdr");
    private static readonly Reader Manager = new("manager", PermissionRole.Manager, null);
    private EditingPortal _editing = null!;

    public async Task InitializeAsync() => _editing = await EditingPortal.StartAsync();

    public async Task DisposeAsync() => await _editing.DisposeAsync();

    [Fact]
    public async Task Move_RedirectsTheOldAddress_KeepsHistory_AndIsSearchableAtOnce()
    {
        var before = await _editing.StateAsync("kpis/close-rate");
        using var rep = await _editing.Portal.SignInNewUserAsync(PermissionRole.Rep, "sdr");

        var placed = Assert.IsType<PlaybookPlaced>(await _editing.MoveAsync(before.Id, "metrics/Win Rate"));

        Assert.Equal("metrics/win-rate", placed.Slug);
        using var old = await rep.GetAsync("/playbooks/kpis/close-rate");
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        Assert.Equal("/playbooks/metrics/win-rate", old.Headers.Location!.OriginalString);
        Assert.Contains("Won deals divided", await rep.GetPageAsync("/playbooks/metrics/win-rate"));
        Assert.Contains("href=\"/playbooks/metrics/win-rate#formula\"", await rep.GetPageAsync("/playbooks/general/welcome"));
        Assert.Equal(["metrics/win-rate"], await _editing.SearchSlugsAsync("divided", Rep));
        var after = await _editing.StateAsync("metrics/win-rate");
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(before.RevisionCount, after.RevisionCount);
    }

    [Fact]
    public async Task Move_OldAddressOfAPlaybookTheReaderMayNotRead_Is404()
    {
        var secret = await _editing.StateAsync("pay/commission");
        Assert.IsType<PlaybookPlaced>(await _editing.MoveAsync(secret.Id, "pay/manager-commission"));
        using var rep = await _editing.Portal.SignInNewUserAsync(PermissionRole.Rep, "sdr");
        using var manager = await _editing.Portal.SignInNewUserAsync(PermissionRole.Manager);

        using var repResponse = await rep.GetAsync("/playbooks/pay/commission");
        using var managerResponse = await manager.GetAsync("/playbooks/pay/commission");

        Assert.Equal(HttpStatusCode.NotFound, repResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, managerResponse.StatusCode);
    }

    [Fact]
    public async Task Move_ToATakenSlug_IsRefused()
    {
        var playbook = await _editing.StateAsync("kpis/close-rate");

        var refused = Assert.IsType<PlaybookPlaceRejected>(await _editing.MoveAsync(playbook.Id, "general/welcome"));

        Assert.Contains("general/welcome", Assert.Single(refused.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("qa/<script>x")]
    [InlineData("qa/\"quoted")]
    [InlineData("qa/javascript:x")]
    [InlineData("qa/trailing.")]
    [InlineData("qa/../../etc")]
    public async Task Move_ToAnAddressNoFileSystemTakes_IsRefused(string slug)
    {
        var playbook = await _editing.StateAsync("kpis/close-rate");

        Assert.IsType<PlaybookPlaceRejected>(await _editing.MoveAsync(playbook.Id, slug));
        Assert.Equal(playbook.Id, (await _editing.StateAsync("kpis/close-rate")).Id);
    }

    [Fact]
    public async Task Archive_And_NarrowedAudience_LeaveSearchAndThePage_RightAway()
    {
        var rate = await _editing.StateAsync("kpis/close-rate");
        var welcome = await _editing.StateAsync("general/welcome");
        using var rep = await _editing.Portal.SignInNewUserAsync(PermissionRole.Rep, "sdr");
        Assert.Contains("kpis/close-rate", await _editing.SearchSlugsAsync("divided", Rep));

        Assert.IsType<PlaybookSaved>(await _editing.SaveAsync(new PlaybookSave(rate.Id,
            rate.LatestText.Replace("tags: [kpi, basics]", "tags: [kpi, basics]\nstatus: archived", StringComparison.Ordinal),
            rate.LatestId, null, "Ed", "Archived") { Material = false }));
        Assert.IsType<PlaybookSaved>(await _editing.SaveAsync(new PlaybookSave(welcome.Id,
            welcome.LatestText.Replace("title: Welcome to sales", "title: Welcome to sales\naudience: [manager]", StringComparison.Ordinal),
            welcome.LatestId, null, "Ed", "Managers only")));

        Assert.Empty(await _editing.SearchSlugsAsync("divided", Rep));
        Assert.Empty(await _editing.SearchSlugsAsync("read this first", Rep));
        Assert.Contains("general/welcome", await _editing.SearchSlugsAsync("read this first", Manager));
        Assert.Equal(HttpStatusCode.NotFound, (await rep.GetAsync("/playbooks/kpis/close-rate")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rep.GetAsync("/playbooks/general/welcome")).StatusCode);
    }

    [Fact]
    public async Task Create_PublishesANewPlaybook_AndRefusesATakenSlug()
    {
        var created = await _editing.WithAsync<PlaybookCreator, PlaybookPlaceResult>(c => c.CreateAsync(
            new PlaybookCreate("enablement/Call Review", "---\ntitle: Call review\n---\nListen for the zorblax.\n", null, "Ed", "New"),
            CancellationToken.None));
        var taken = await _editing.WithAsync<PlaybookCreator, PlaybookPlaceResult>(c => c.CreateAsync(
            new PlaybookCreate("enablement/call-review", "Other text.\n", null, "Ed", "New"), CancellationToken.None));

        Assert.Equal("enablement/call-review", Assert.IsType<PlaybookPlaced>(created).Slug);
        Assert.IsType<PlaybookPlaceRejected>(taken);
        Assert.Equal(["enablement/call-review"], await _editing.SearchSlugsAsync("zorblax", Rep));
    }
}
