using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Data;
using PlaybookPortal.Web.Acknowledging;
using PlaybookPortal.Web.History;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Pages.Editing;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Playbooks;

public sealed class ShowModel(
    ReadableCatalog catalog, PlaybookPageBuilder pages, AcknowledgementRequests acknowledgements,
    PortalDbContext db, PortalClock clock) : PageModel
{
    public PlaybookPage Playbook { get; private set; } = null!;

    public bool IsStaff { get; private set; }

    /// <summary>Set when this reader is asked to confirm the playbook's latest material change.</summary>
    public AcknowledgementRequest? OpenAcknowledgement { get; private set; }

    /// <summary>Editing links and the pending revision notice; null for readers who may not edit.</summary>
    public StaffToolbarView? Toolbar { get; private set; }

    /// <summary>
    /// Where confirming should lead back to (an onboarding path); handed on to the
    /// acknowledge page, which follows local URLs only.
    /// </summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string AcknowledgeUrl => HistoryUrls.Acknowledge(Playbook.Entry.Slug)
        + (Url.IsLocalUrl(ReturnUrl) ? "?returnUrl=" + Uri.EscapeDataString(ReturnUrl) : "");

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        var view = await catalog.ForAsync(User, cancellationToken);
        var result = await pages.BuildAsync(slug ?? "", view, cancellationToken);
        switch (result)
        {
            case PlaybookRedirect redirect:
                return Redirect(redirect.Url);
            case PlaybookPage page:
                Playbook = page;
                IsStaff = view.IsStaff;
                OpenAcknowledgement = await acknowledgements.ForAsync(view, page.Entry.Id, cancellationToken);
                Toolbar = IsStaff
                    ? await StaffToolbarView.LoadAsync(db, clock, page.Entry.Id, page.Entry.Slug, cancellationToken)
                    : null;
                return Page();
            default:
                return NotFound();
        }
    }
}
