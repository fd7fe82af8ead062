using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Skills.Gaps;
using PlaybookPortal.Data;
using PlaybookPortal.Data.People;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.Skills;

namespace PlaybookPortal.Web.Pages.Skills;

public sealed class MatrixModel(
    PortalDbContext db, PeopleScope people, GapMatrixLoader loader, MatrixCsvExport csv, PortalClock clock) : PageModel
{
    /// <summary>At most this many reps per page, so a page stays quick to render and to read.</summary>
    public const int PageSize = 100;

    public GapMatrix Matrix { get; private set; } = GapMatrix.Empty;

    public MatrixFiltersView Filters { get; private set; } = null!;

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public int RepCount { get; private set; }

    public PortalClock Clock => clock;

    public async Task OnGetAsync(int? team, string? position, int? page, CancellationToken cancellationToken)
    {
        var viewer = User.ToReader()!;
        var options = await MatrixFilterOptions.LoadAsync(db, people, viewer, cancellationToken);
        Filters = new MatrixFiltersView("/skills/matrix", options, team, position);

        var reps = loader.Reps(viewer, new MatrixFilter(team, position));
        RepCount = await reps.CountAsync(cancellationToken);
        PageCount = Math.Max(1, (RepCount + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
        Matrix = await loader.LoadAsync(reps.Skip((PageNumber - 1) * PageSize).Take(PageSize), cancellationToken);
    }

    public async Task<IActionResult> OnGetCsvAsync(int? team, string? position, CancellationToken cancellationToken)
    {
        var viewer = User.ToReader()!;
        Response.ContentType = MatrixCsvExport.ContentType;
        Response.Headers.ContentDisposition = $"attachment; filename=\"{MatrixCsvExport.FileName(clock.Today)}\"";

        // Streamed straight to the response: 1,000 reps × 200 skills never sit in memory at once.
        await csv.WriteAsync(Response.Body, loader.Reps(viewer, new MatrixFilter(team, position)), cancellationToken);
        return new EmptyResult();
    }
}
