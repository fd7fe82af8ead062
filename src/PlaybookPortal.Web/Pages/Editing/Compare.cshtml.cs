using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Data.Catalog;
using PlaybookPortal.Web.History;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Editing;

public sealed class CompareModel(ReadableCatalog catalog, RevisionComparison comparison) : PageModel
{
    public PlaybookEntry Playbook { get; private set; } = null!;

    public ComparedRevisions Compared { get; private set; } = null!;

    public bool SideBySide { get; private set; }

    public async Task<IActionResult> OnGetAsync(
        string? slug, long? from, long? to, string? view, CancellationToken cancellationToken)
    {
        // The route's catch-all holds "{slug}/compare"; the constraint made sure of the suffix.
        var playbookSlug = slug?[..^CompareSuffixRouteConstraint.Suffix.Length] ?? "";
        var reader = await catalog.ForAsync(User, cancellationToken);
        if (reader.Find(playbookSlug) is not { } entry)
        {
            return NotFound();
        }

        if (from is null || to is null)
        {
            return Redirect(HistoryUrls.History(entry.Slug));
        }

        if (await comparison.CompareAsync(entry.Id, from.Value, to.Value, cancellationToken) is not { } compared)
        {
            return NotFound();
        }

        Playbook = entry;
        Compared = compared;
        SideBySide = string.Equals(view, HistoryUrls.SideBySideView, StringComparison.OrdinalIgnoreCase);
        return Page();
    }
}
