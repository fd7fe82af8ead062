using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Pages.Skills;

public sealed class AssessmentExportModel(AssessmentCsvExporter exporter, PortalClock clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.ToReader() is not { } viewer)
        {
            return Challenge();
        }

        var buffer = new MemoryStream();
        await exporter.WriteAsync(viewer, buffer, cancellationToken);
        buffer.Position = 0;
        var name = string.Create(CultureInfo.InvariantCulture, $"assessments-{clock.Today:yyyy-MM-dd}.csv");
        return File(buffer, "text/csv; charset=utf-8", name);
    }
}
