using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Data.Acknowledging;
using PlaybookPortal.Data.Catalog;
using PlaybookPortal.Web.Acknowledging;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Editing;

public sealed class AcknowledgementsModel(
    ReadableCatalog catalog, AcknowledgementLedger ledger, PortalClock clock) : PageModel
{
    public PlaybookEntry Playbook { get; private set; } = null!;

    /// <summary>Everyone asked, whatever the filter: the counts always cover them all.</summary>
    public IReadOnlyList<AcknowledgementStatus> Everyone { get; private set; } = [];

    public IReadOnlyList<AcknowledgementStatus> Shown { get; private set; } = [];

    public AcknowledgementState? Filter { get; private set; }

    /// <summary>Why nobody is asked, when nobody is; null when the playbook asks its audience.</summary>
    public string? NobodyAskedReason { get; private set; }

    public PortalClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(string? slug, string? state, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Filter = AcknowledgementStateNames.Parse(state);
        Shown = Filter is { } only ? Everyone.Where(s => s.State == only).ToList() : Everyone;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(string? slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var buffer = new MemoryStream();
        await AcknowledgementCsvExport.WriteAsync(buffer, Everyone, cancellationToken);
        buffer.Position = 0;
        return File(buffer, AcknowledgementCsvExport.ContentType,
            AcknowledgementCsvExport.FileName(Playbook.Slug, clock.Today));
    }

    private async Task<bool> LoadAsync(string? slug, CancellationToken cancellationToken)
    {
        var view = await catalog.ForAsync(User, cancellationToken);
        if (view.Find(slug ?? "") is not { } entry)
        {
            return false;
        }

        Playbook = entry;
        Everyone = await ledger.StatusAsync(entry.Id, cancellationToken);
        NobodyAskedReason = Everyone.Count > 0 ? null
            : !entry.RequiresAck ? "This playbook does not require acknowledgement (requires_ack is not set in its front matter)."
            : entry.Status != PlaybookStatus.Published ? "This playbook is not published, so nobody is asked to acknowledge it."
            : "Nobody is asked yet: there has been no material change since acknowledgement was required, "
                + "or its audience names nobody who can sign in.";
        return true;
    }
}
