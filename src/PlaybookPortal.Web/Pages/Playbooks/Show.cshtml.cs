using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Playbooks;

public sealed class ShowModel(ReadableCatalog catalog, PlaybookPageBuilder pages) : PageModel
{
    public PlaybookPage Playbook { get; private set; } = null!;

    public bool IsStaff { get; private set; }

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
                return Page();
            default:
                return NotFound();
        }
    }
}
