using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Editing;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Editing;

public sealed class MoveModel(PortalDbContext db, PlaybookMover mover, ILogger<MoveModel> logger) : PageModel
{
    [BindProperty]
    public string? NewSlug { get; set; }

    public EditedPlaybook Playbook { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        NewSlug = Playbook.Slug;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var result = await mover.MoveAsync(Playbook.Id, NewSlug ?? "", cancellationToken);
        if (result is PlaybookPlaceRejected rejected)
        {
            foreach (var problem in rejected.Problems)
            {
                ModelState.AddModelError(nameof(NewSlug), problem);
            }

            return Page();
        }

        var placed = (PlaybookPlaced)result;
        EditorLog.Moved(logger, placed.PlaybookId, placed.Slug, User.ToReader()?.UserId);
        TempData["StatusMessage"] = placed.Slug == Playbook.Slug
            ? "The address is unchanged."
            : $"The playbook now lives at /playbooks/{placed.Slug}; the old address leads here.";
        return Redirect(PortalUrls.Playbook(placed.Slug));
    }

    private async Task<bool> LoadAsync(string? slug, CancellationToken cancellationToken)
    {
        var playbook = await EditedPlaybook.LoadAsync(db, slug, cancellationToken);
        Playbook = playbook!;
        return playbook is not null;
    }
}
