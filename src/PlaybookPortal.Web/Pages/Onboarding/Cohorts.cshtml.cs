using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.Onboarding;

namespace PlaybookPortal.Web.Pages.Onboarding;

public sealed class CohortsModel(CohortReader reader) : PageModel
{
    public IReadOnlyList<(PathChoice Path, int Enrollments)> Paths { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var viewer = User.ToReader();
        if (viewer is null || !TeamViewReader.MayView(viewer))
        {
            return NotFound();
        }

        Paths = await reader.PathsAsync(viewer, cancellationToken);
        return Page();
    }
}
