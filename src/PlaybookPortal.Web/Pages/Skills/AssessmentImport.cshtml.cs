using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Pages.Skills;

/// <summary>
/// Upload (or paste) a CSV, see every row's action and every problem by line, then import the
/// valid rows or cancel. The file travels back with the confirmation as base64 so the import
/// validates exactly the bytes the preview showed.
/// </summary>
public sealed class AssessmentImportModel(AssessmentCsvImporter importer) : PageModel
{
    private const int MaxBytes = 5 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? CsvText { get; set; }

    /// <summary>The previewed file, carried to the confirmation.</summary>
    [BindProperty]
    public string? CsvData { get; set; }

    public AssessmentImportPreview? Preview { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public IActionResult OnGet() => Staff() is null ? Forbid() : Page();

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (Staff() is not { } viewer)
        {
            return Forbid();
        }

        var bytes = await ReadInputAsync(cancellationToken);
        if (bytes is null)
        {
            return Page();
        }

        CsvData = Convert.ToBase64String(bytes);
        Preview = await importer.PreviewAsync(viewer, new MemoryStream(bytes), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        if (Staff() is not { } viewer)
        {
            return Forbid();
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(CsvData ?? "");
        }
        catch (FormatException)
        {
            ModelState.AddModelError(nameof(Upload), "The preview expired; choose the file again.");
            return Page();
        }

        var done = await importer.ImportAsync(viewer, new MemoryStream(bytes), cancellationToken);
        StatusMessage = $"Imported {done.AddCount} assessments; {done.ErrorCount} rows with errors were skipped.";
        return RedirectToPage();
    }

    // Staff only: the page folder lets every signed-in user in, so the role is checked here.
    private Reader? Staff() => User.ToReader() is { Role: >= PermissionRole.Manager } viewer ? viewer : null;

    private async Task<byte[]?> ReadInputAsync(CancellationToken cancellationToken)
    {
        if (Upload is { Length: > 0 } file)
        {
            if (file.Length > MaxBytes)
            {
                ModelState.AddModelError(nameof(Upload), "The file is larger than 5 MB; split it into smaller files.");
                return null;
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            return buffer.ToArray();
        }

        if (!string.IsNullOrWhiteSpace(CsvText))
        {
            return Encoding.UTF8.GetBytes(CsvText);
        }

        ModelState.AddModelError(nameof(Upload), "Choose a CSV file or paste its text.");
        return null;
    }
}
