using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Data.Acknowledging;
using PlaybookPortal.Data.Catalog;
using PlaybookPortal.Web.Acknowledging;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Acknowledging;

public sealed partial class AcknowledgeModel(
    ReadableCatalog catalog, AcknowledgementReviewBuilder reviews, AcknowledgementLedger ledger,
    ILogger<AcknowledgeModel> logger) : PageModel
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
            NewerRevisionArrived = true;
            await LoadAsync(slug, revisionId, cancellationToken);
            return Page();
        }

        LogAcknowledged(Playbook.Id, revisionId);
        TempData["StatusMessage"] = $"Thank you: you confirmed revision {Review.CurrentNumber} of {Playbook.Title}.";
        return Redirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : PortalUrls.Playbook(Playbook.Slug));
    }

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
