using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Editing;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Editing;

/// <summary>Releases a pending revision to readers or discards it; the playbook page posts here.</summary>
public sealed class PendingModel(
    PortalDbContext db, PendingRevisionPublisher publisher, PortalClock clock, ILogger<PendingModel> logger) : PageModel
{
    public EditedPlaybook Playbook { get; private set; } = null!;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public DateTime ToLocal(DateTime utc) => clock.ToLocal(utc);

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPublishAsync(
        string? slug, long pendingRevisionId, string? change, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        if (change is not ("material" or "minor"))
        {
            ModelState.AddModelError("change", "Choose whether this is a material change (readers are asked again) or a minor one.");
            return Page();
        }

        var userId = User.ToReader()?.UserId;
        var result = await publisher.PublishAsync(
            Playbook.Id, pendingRevisionId, change == "material", User.DisplayName(), cancellationToken);
        switch (result)
        {
            case PlaybookSaved saved:
                EditorLog.PendingPublished(logger, saved.RevisionId, Playbook.Id, userId, change == "material");
                TempData["StatusMessage"] = $"Revision {saved.Number} is published.";
                return Redirect(PortalUrls.Playbook(Playbook.Slug));
            case PlaybookSaveRejected rejected:
                Problems = rejected.Problems;
                return Page();
            case PlaybookSaveConflict:
                Problems = ["The pending revision changed since this page was opened, or a newer revision was published; look at it again."];
                return Page();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostDiscardAsync(
        string? slug, long pendingRevisionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        if (!await publisher.DiscardAsync(Playbook.Id, pendingRevisionId, cancellationToken))
        {
            Problems = ["That revision is no longer pending; nothing was discarded."];
            return Page();
        }

        EditorLog.PendingDiscarded(logger, pendingRevisionId, Playbook.Id, User.ToReader()?.UserId);
        TempData["StatusMessage"] = "The pending revision is discarded; it stays in the history, unpublished.";
        return Redirect(PortalUrls.Playbook(Playbook.Slug));
    }

    private async Task<bool> LoadAsync(string? slug, CancellationToken cancellationToken)
    {
        var playbook = await EditedPlaybook.LoadAsync(db, slug, cancellationToken);
        Playbook = playbook!;
        return playbook is not null;
    }
}
