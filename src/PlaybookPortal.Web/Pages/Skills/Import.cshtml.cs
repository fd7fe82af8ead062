using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Core.Skills;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Pages.Skills;

/// <summary>
/// CSV import of the catalog or the targets: upload, a preview of every row's action and every
/// problem with its line, then "Import all" only without errors, in one transaction.
/// </summary>
[Authorize(Policy = PortalPolicies.Editor)]
public sealed class ImportModel(SkillCsvFiles files, SkillCatalogStore store) : PageModel
{
    private const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>"catalog" or "targets".</summary>
    [BindProperty]
    public string Kind { get; set; } = "catalog";

    /// <summary>The uploaded text, carried from the preview to the import so nothing is re-uploaded.</summary>
    [BindProperty]
    public string? Csv { get; set; }

    public IReadOnlyList<SkillCsvPreviewRow> Rows { get; private set; } = [];

    public IReadOnlyList<Core.Csv.CsvProblem> Problems { get; private set; } = [];

    public bool HasPreview { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetCsvAsync(string kind, CancellationToken cancellationToken)
    {
        var targets = kind == "targets";
        var bytes = targets ? await files.WriteTargetsAsync(cancellationToken) : await files.WriteCatalogAsync(cancellationToken);
        return File(bytes, SkillCsvFiles.ContentType, targets ? "skill-targets.csv" : "skills.csv");
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is null || upload.Length == 0)
        {
            ModelState.AddModelError("upload", "Choose a CSV file.");
            return Page();
        }

        if (upload.Length > MaxBytes)
        {
            ModelState.AddModelError("upload", "The file is larger than 5 MB.");
            return Page();
        }

        using var reader = new StreamReader(upload.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        Csv = await reader.ReadToEndAsync(cancellationToken);
        await PreviewAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Csv))
        {
            return Page();
        }

        // Checked again: the catalog may have changed since the preview.
        int count;
        if (Kind == "targets")
        {
            var preview = await files.CheckTargetsAsync(Csv, cancellationToken);
            if (!preview.IsValid)
            {
                return await ShowAgainAsync(cancellationToken);
            }

            await store.SaveTargetsAsync(preview.Items, cancellationToken);
            count = preview.Items.Count;
        }
        else
        {
            var preview = await files.CheckCatalogAsync(Csv, cancellationToken);
            if (!preview.IsValid)
            {
                return await ShowAgainAsync(cancellationToken);
            }

            await store.SaveSkillsAsync(preview.Items, cancellationToken);
            count = preview.Items.Count;
        }

        TempData["StatusMessage"] = $"Imported {count} rows.";
        return Redirect(Kind == "targets" ? "/skills/targets" : "/skills");
    }

    private async Task<IActionResult> ShowAgainAsync(CancellationToken cancellationToken)
    {
        ModelState.AddModelError("", "Nothing was imported: the file has problems.");
        await PreviewAsync(cancellationToken);
        return Page();
    }

    private async Task PreviewAsync(CancellationToken cancellationToken)
    {
        Kind = Kind == "targets" ? "targets" : "catalog";
        (Rows, Problems) = Kind == "targets"
            ? Unpack(await files.CheckTargetsAsync(Csv!, cancellationToken))
            : Unpack(await files.CheckCatalogAsync(Csv!, cancellationToken));
        HasPreview = true;
    }

    private static (IReadOnlyList<SkillCsvPreviewRow>, IReadOnlyList<Core.Csv.CsvProblem>) Unpack<T>(SkillCsvPreview<T> preview) =>
        (preview.Rows, preview.Problems);
}
