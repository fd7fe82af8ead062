using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.Onboarding;

namespace PlaybookPortal.Web.Pages.Onboarding;

public sealed class CohortModel(CohortReader reader, PortalClock clock) : PageModel
{
    public PathChoice Path { get; private set; } = new("", "");

    public IReadOnlyList<Cohort> Cohorts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string pathId, CancellationToken cancellationToken) =>
        await LoadAsync(pathId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(string pathId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(pathId, cancellationToken))
        {
            return NotFound();
        }

        var buffer = new MemoryStream();
        await CohortCsvExport.WriteAsync(buffer, Cohorts, cancellationToken);
        buffer.Position = 0;
        return File(buffer, CohortCsvExport.ContentType, CohortCsvExport.FileName(Path.Id, clock.Today));
    }

    private async Task<bool> LoadAsync(string pathId, CancellationToken cancellationToken)
    {
        var viewer = User.ToReader();
        if (viewer is null || !TeamViewReader.MayView(viewer))
        {
            return false;
        }

        if (await reader.ReadAsync(viewer, pathId, cancellationToken) is not { } found)
        {
            return false;
        }

        (Path, Cohorts) = found;
        return true;
    }
}
