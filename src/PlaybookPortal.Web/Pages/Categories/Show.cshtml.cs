using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Components;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Categories;

public sealed class ShowModel(ReadableCatalog catalog, PortalClock clock) : PageModel
{
    public string Name { get; private set; } = "";

    public IReadOnlyList<PlaybookCardModel> Playbooks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        var view = await catalog.ForAsync(User, cancellationToken);
        var entries = view.InCategory(name);

        // An empty category and one that only holds unreadable playbooks look the same.
        if (entries.Count == 0)
        {
            return NotFound();
        }

        Name = CategoryNames.Display(entries[0].Category ?? ReaderView.GeneralCategory);
        var today = clock.Today;
        Playbooks = entries.Select(e => PlaybookCardView.From(e, view, today).Card).ToList();
        return Page();
    }
}
