using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Acknowledging;
using PlaybookPortal.Data.Catalog;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Web.Acknowledging;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Acknowledging;

public sealed partial class AcknowledgeModel(
    ReadableCatalog catalog, AcknowledgementReviewBuilder reviews, AcknowledgementLedger ledger,
    PortalDbContext db, EnrollmentCompletionRecorder enrollments, ILogger<AcknowledgeModel> logger) : PageModel
{
    public PlaybookEntry Playbook { get; private set; } = null!;

    public AcknowledgementReview Review { get; private set; } = null!;

    /// <summary>Set when the revision the reader confirmed was replaced while they read it.</summary>
    public bool NewerRevisionArrived { get; private set; }

    /// <summary>Where to go after confirming; only local URLs are ever followed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, null, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string? slug, long revisionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, null, cancellationToken))
        {
            return NotFound();
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        if (!await ledger.AcknowledgeAsync(userId, Playbook.Id, revisionId, cancellationToken))
        {
            // Only an earlier revision of this playbook means a newer one arrived while reading;
            // anything else posted is not a revision shown here, and the page simply asks again.
            NewerRevisionArrived = revisionId > 0 && revisionId < (Playbook.CurrentRevisionId ?? 0)
                && await IsRevisionOfAsync(Playbook.Id, revisionId, cancellationToken);
            await LoadAsync(slug, NewerRevisionArrived ? revisionId : null, cancellationToken);
            return Page();
        }

        LogAcknowledged(Playbook.Id, revisionId);
        await enrollments.RecordAsync(userId, cancellationToken);
        TempData["StatusMessage"] = $"Thank you: you confirmed revision {Review.CurrentNumber} of {Playbook.Title}.";
        return Redirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : PortalUrls.Playbook(Playbook.Slug));
    }

    private Task<bool> IsRevisionOfAsync(string playbookId, long revisionId, CancellationToken cancellationToken) =>
        db.PlaybookRevisions.AnyAsync(r => r.Id == revisionId && r.PlaybookId == playbookId, cancellationToken);

    // A playbook the reader may not read, or one without a published revision, is not found:
    // the page must not tell a reader that a playbook they may not read exists.
    private async Task<bool> LoadAsync(string? slug, long? readRevisionId, CancellationToken cancellationToken)
    {
        var view = await catalog.ForAsync(User, cancellationToken);
        if (view.Find(slug ?? "") is not { } entry)
        {
            return false;
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        if (await reviews.BuildAsync(userId, entry.Id, readRevisionId, cancellationToken) is not { } review)
        {
            return false;
        }

        Playbook = entry;
        Review = review;
        return true;
    }

    [LoggerMessage(EventId = 5200, Level = LogLevel.Information,
        Message = "Playbook {PlaybookId}: revision {RevisionId} acknowledged")]
    private partial void LogAcknowledged(string playbookId, long revisionId);
}
