using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Core.People;
using PlaybookPortal.Web.People;

namespace PlaybookPortal.Web.Pages.Admin.Users;

public sealed class ImportModel(UserImporter importer, UserImportPayload payloads) : PageModel
{
    public const int MaxFileBytes = 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The previewed file, protected for this admin; posted back to confirm the import.</summary>
    [BindProperty]
    public string? Payload { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    public UserImportPlan? Plan { get; private set; }

    private string AdminUserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        var text = await UploadedCsv.ReadAsync(Upload, MaxFileBytes, ModelState, nameof(Upload), cancellationToken);
        if (text is null)
        {
            return Page();
        }

        FileName = Path.GetFileName(Upload!.FileName);
        Plan = await importer.PreviewAsync(text, cancellationToken);
        Payload = Plan.IsValid ? payloads.Protect(text, AdminUserId) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        var text = payloads.Unprotect(Payload, AdminUserId);
        if (text is null)
        {
            ModelState.AddModelError(nameof(Upload),
                "This preview has expired or does not belong to you; upload the file again to preview it.");
            return Page();
        }

        var result = await importer.ImportAsync(text, AdminUserId, Request, cancellationToken);
        if (!result.Saved)
        {
            // The file passed at preview but not now (someone changed users meanwhile): show why.
            Plan = result.Plan;
            Payload = null;
            return Page();
        }

        TempData["StatusMessage"] = UserImportSummary.Describe(result);
        return Redirect("/admin/users");
    }
}
