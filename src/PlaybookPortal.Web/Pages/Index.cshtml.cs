using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Web.Acknowledging;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages;

public sealed class IndexModel(ReadableCatalog catalog, AcknowledgementRequests acknowledgements) : PageModel
{
    /// <summary>Playbooks whose latest material change this reader has not confirmed yet.</summary>
    public IReadOnlyList<AcknowledgementRequest> WaitingForAcknowledgement { get; private set; } = [];

    public IReadOnlyList<CategorySummary> Categories { get; private set; } = [];

    public IReadOnlyList<PlaybookCardView> RecentlyChanged { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var view = await catalog.ForAsync(User, cancellationToken);
        WaitingForAcknowledgement = await acknowledgements.OpenAsync(view, cancellationToken);
        Categories = view.Categories();
        RecentlyChanged = view.Listed().OrderByDescending(e => e.UpdatedUtc).Take(6)
            .Select(e => PlaybookCardView.From(e, view)).ToList();
    }
}
