using System.Net;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Onboarding;

[Collection(SharedPortal.Name)]
public sealed class PathsEditorTests(PortalFactory portal)
{
    [Fact]
    public async Task NewPath_SavedFromTheForm_GetsIdsFromTitlesAndShowsFlags()
    {
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        var id = "editor-" + Guid.NewGuid().ToString("N")[..10];

        using var response = await editor.PostFormAsync("/onboarding/paths/new", new Dictionary<string, string>
        {
            ["command"] = "save",
            ["Input.Id"] = id,
            ["Input.Title"] = "Editor path",
            ["Input.Positions"] = "sdr",
            ["Input.Steps[0].Kind"] = "read",
            ["Input.Steps[0].Title"] = "Read AE notes",
            ["Input.Steps[0].DueDay"] = "2",
            ["Input.Steps[0].Playbook"] = "pay/ae-notes",
            ["Input.Steps[0].Required"] = "true",
            ["Input.Steps[1].Kind"] = "task",
            ["Input.Steps[1].Title"] = "Read AE notes",
            ["Input.Steps[1].DueDay"] = "4",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await editor.GetPageAsync($"/onboarding/paths/{id}");
        Assert.Contains("Warning: 1 flagged", page, StringComparison.Ordinal);
        Assert.Contains("reps in sdr may not read its playbook", page, StringComparison.Ordinal);
        await portal.WithDbAsync(async db =>
        {
            var path = await db.OnboardingPaths.Include(p => p.Steps).SingleAsync(p => p.Id == id);
            Assert.Equal(["read-ae-notes", "read-ae-notes-2"], path.Steps.OrderBy(s => s.Order).Select(s => s.StepId));
            Assert.Contains("playbook: pay/ae-notes", path.SourceText, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task StepButtons_WithoutJavaScript_AddMoveAndRemoveKeepingTypedText()
    {
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Draft",
            ["Input.Steps[0].Kind"] = "task", ["Input.Steps[0].Title"] = "First", ["Input.Steps[0].DueDay"] = "1",
            ["Input.Steps[1].Kind"] = "task", ["Input.Steps[1].Title"] = "Second", ["Input.Steps[1].DueDay"] = "oops",
        };

        using var moved = await editor.PostFormAsync("/onboarding/paths/new", new Dictionary<string, string>(fields) { ["command"] = "up:1" });
        using var added = await editor.PostFormAsync("/onboarding/paths/new", new Dictionary<string, string>(fields) { ["command"] = "add" });
        using var removed = await editor.PostFormAsync("/onboarding/paths/new", new Dictionary<string, string>(fields) { ["command"] = "remove:0" });
        using var refused = await editor.PostFormAsync("/onboarding/paths/new", new Dictionary<string, string>(fields) { ["command"] = "save" });

        var movedPage = await moved.Content.ReadAsStringAsync();
        Assert.True(movedPage.IndexOf("value=\"Second\"", StringComparison.Ordinal) < movedPage.IndexOf("value=\"First\"", StringComparison.Ordinal));
        Assert.Contains("Input.Steps[2].Title", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var removedPage = await removed.Content.ReadAsStringAsync();
        Assert.DoesNotContain("value=\"First\"", removedPage, StringComparison.Ordinal);
        Assert.Contains("value=\"oops\"", removedPage, StringComparison.Ordinal);
        var refusedPage = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Enter the due day as a whole number", refusedPage, StringComparison.Ordinal);
        Assert.Contains("value=\"oops\"", refusedPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ExistingPath_OpenEnrollmentsGainStepAndKeepRemovedOne()
    {
        using var folder = new PathsTestFolder();
        folder.Write(folder.Yaml());
        await folder.ImportAsync(portal);
        using var editor = await portal.SignInNewUserAsync(PermissionRole.Editor);
        var edit = $"/onboarding/paths/{folder.PathId}/edit";

        using var response = await editor.PostFormAsync(edit, new Dictionary<string, string>
        {
            ["command"] = "save", ["Input.Title"] = "Test path", ["Input.Version"] = "1", ["Input.Positions"] = "sdr",
            ["Input.Steps[0].Id"] = "welcome", ["Input.Steps[0].IsSaved"] = "true", ["Input.Steps[0].Kind"] = "read",
            ["Input.Steps[0].Title"] = "Read the welcome", ["Input.Steps[0].DueDay"] = "1", ["Input.Steps[0].Playbook"] = "general/welcome",
            ["Input.Steps[1].Kind"] = "assessment", ["Input.Steps[1].Title"] = "Discovery", ["Input.Steps[1].DueDay"] = "30",
            ["Input.Steps[1].Skill"] = "discovery", ["Input.Steps[1].Level"] = "2",
        });
        using var stale = await editor.PostFormAsync(edit, new Dictionary<string, string>
        {
            ["command"] = "save", ["Input.Title"] = "Stale title", ["Input.Version"] = "1",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stalePage = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Someone else saved this path", stalePage, StringComparison.Ordinal);
        Assert.Contains("value=\"Stale title\"", stalePage, StringComparison.Ordinal);
        await portal.WithDbAsync(async db =>
        {
            var steps = await db.OnboardingSteps.Where(s => s.PathId == folder.PathId).ToDictionaryAsync(s => s.StepId);
            Assert.NotNull(steps["ae-notes"].RemovedUtc);
            Assert.NotNull(steps["shadow"].RemovedUtc);
            Assert.Null(steps["discovery"].RemovedUtc);
            Assert.True(steps["discovery"].AddedUtc > steps["welcome"].AddedUtc);
            Assert.Equal("Test path", (await db.OnboardingPaths.SingleAsync(p => p.Id == folder.PathId)).Title);
        });
    }

    [Fact]
    public async Task PathPages_RepIsRefused_ManagerViewsButCannotEdit()
    {
        using var folder = new PathsTestFolder();
        folder.Write(folder.Yaml());
        await folder.ImportAsync(portal);
        using var rep = await portal.SignInNewUserAsync(PermissionRole.Rep, "sdr");
        using var manager = await portal.SignInNewUserAsync(PermissionRole.Manager);

        foreach (var path in new[] { "/onboarding/paths", $"/onboarding/paths/{folder.PathId}", "/onboarding/paths/new", $"/onboarding/paths/{folder.PathId}/edit" })
        {
            using var response = await rep.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var edit = await manager.GetAsync($"/onboarding/paths/{folder.PathId}/edit");
        Assert.Contains("/account/access-denied", edit.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var list = await manager.GetPageAsync("/onboarding/paths");
        Assert.Contains($"href=\"/onboarding/paths/{folder.PathId}\"", list, StringComparison.Ordinal);
        var page = await manager.GetPageAsync($"/onboarding/paths/{folder.PathId}?start=2026-01-05");
        Assert.Contains("Tue 6 Jan 2026", page, StringComparison.Ordinal);
        Assert.Contains("Sat 10 Jan 2026", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/playbooks/general/welcome\"", page, StringComparison.Ordinal);

        // Managers may not read the AE-only playbook: it shows as missing, never as a link.
        Assert.DoesNotContain("href=\"/playbooks/pay/ae-notes\"", page, StringComparison.Ordinal);
        Assert.Contains("reads &#x27;pay/ae-notes&#x27;, which is not a playbook", page, StringComparison.Ordinal);
        using var missing = await manager.GetAsync("/onboarding/paths/no-such-path");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
