using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Data.Catalog;
using PlaybookPortal.Web.History;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Editing;

public sealed class HistoryModel(ReadableCatalog catalog, RevisionHistory history, RevisionRestorer restorer) : PageModel
{
    public PlaybookEntry Playbook { get; private set; } = null!;

    public RevisionHistoryPage Revisions { get; private set; } = null!;

    /// <summary>Why the last restore did nothing, shown above the list.</summary>
    public IReadOnlyList<string> RestoreProblems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(
        string? slug, [FromQuery(Name = "page")] int page, CancellationToken cancellationToken) =>
        await LoadAsync(slug, page, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRestoreAsync(
        string? slug, long revisionId, long baseRevisionId, [FromForm(Name = "page")] int page,
        CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, page, cancellationToken))
        {
            return NotFound();
        }

        var result = await restorer.RestoreAsync(
            Playbook.Id, revisionId, baseRevisionId,
            User.FindFirstValue(ClaimTypes.NameIdentifier)!, User.DisplayName(), cancellationToken);
        switch (result)
        {
            case RestoreDone done:
                TempData["StatusMessage"] =
                    $"Revision {done.RestoredNumber} was restored and published as revision {done.NewNumber}.";
                return Redirect(HistoryUrls.History(Playbook.Slug));
            case RestoreBlockedByPending blocked:
                RestoreProblems =
                [
                    $"Revision {blocked.PendingNumber} is an edit that has not been published yet. " +
                    "Publish or discard it first, then restore.",
                ];
                break;
            case RestoreConflict:
                RestoreProblems =
                [
                    "Someone saved a new revision while you were looking at the history, so nothing was restored. " +
                    "The list below is up to date: check the latest revision, then restore again if you still want to.",
                ];
                break;
            case RestoreRejected rejected:
                RestoreProblems = ["That revision cannot be published again as it is:", .. rejected.Problems];
                break;
            default:
                return NotFound();
        }

        await LoadAsync(slug, page, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(string? slug, int page, CancellationToken cancellationToken)
    {
        var view = await catalog.ForAsync(User, cancellationToken);
        if (view.Find(slug ?? "") is not { } entry)
        {
            return false;
        }

        var revisions = await history.LoadAsync(entry.Id, page, cancellationToken);
        if (revisions is null)
        {
            return false;
        }

        Playbook = entry;
        Revisions = revisions;
        return true;
    }
}
