using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.Onboarding;

namespace PlaybookPortal.Web.Pages.Onboarding;

public sealed class TeamModel(TeamViewReader reader, PortalClock clock) : PageModel
{
    public TeamViewFilter Filter { get; private set; } = TeamViewFilter.Parse(null, null, null, null, null);

    public TeamView View { get; private set; } = new([], [], []);

    public async Task<IActionResult> OnGetAsync(
        string? team, string? path, string? status, string? sort, string? dir, CancellationToken cancellationToken)
    {
        var viewer = User.ToReader();
        if (viewer is null || !TeamViewReader.MayView(viewer))
        {
            // A rep has no team to look at; their own progress lives on their onboarding page.
            return Redirect("/onboarding");
        }

        Filter = TeamViewFilter.Parse(team, path, status, sort, dir);
        View = await reader.ReadAsync(viewer, Filter, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(
        string? team, string? path, string? status, string? sort, string? dir, CancellationToken cancellationToken)
    {
        var viewer = User.ToReader();
        if (viewer is null || !TeamViewReader.MayView(viewer))
        {
            return NotFound();
        }

        Filter = TeamViewFilter.Parse(team, path, status, sort, dir);
        View = await reader.ReadAsync(viewer, Filter, cancellationToken);
        var buffer = new MemoryStream();
        await TeamCsvExport.WriteAsync(buffer, View.Rows, cancellationToken);
        buffer.Position = 0;
        return File(buffer, TeamCsvExport.ContentType, TeamCsvExport.FileName(clock.Today));
    }
}
