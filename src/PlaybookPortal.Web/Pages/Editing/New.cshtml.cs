using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Editing;
using PlaybookPortal.Markdown;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Editing;

[RequestFormLimits(ValueLengthLimit = EditorFormLimits.ValueLength)]
[RequestSizeLimit(EditorFormLimits.RequestSize)]
public sealed class NewModel(
    PortalDbContext db, PlaybookCreator creator, PlaybookRenderer renderer, ReadableCatalog catalog,
    ILogger<NewModel> logger) : PageModel
{
    [BindProperty]
    public EditorInput Input { get; set; } = new();

    [BindProperty]
    public string? Slug { get; set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public string? PreviewHtml { get; private set; }

    public EditorFormView Form => new(Input, Url.Page("/Editing/New", "PreviewFragment")!, PreviewHtml, DetailsOpen: true);

    public void OnGet([FromQuery(Name = "in")] string? folder)
    {
        var trimmed = folder?.Trim().Trim('/');
        Slug = string.IsNullOrEmpty(trimmed) ? "" : trimmed + "/";
        Input = new EditorInput { Status = "published", Message = "First version" };
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        PreviewHtml = await RenderPreviewAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewFragmentAsync(CancellationToken cancellationToken) =>
        Content(await RenderPreviewAsync(cancellationToken), "text/html; charset=utf-8");

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var positions = await db.Positions.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken);
        EditorInputChecks.Validate(Input, positions.ToHashSet(StringComparer.Ordinal), publishing: false, ModelState);
        if (string.IsNullOrWhiteSpace(Slug) || Slug.Trim().Trim('/').Length == 0)
        {
            ModelState.AddModelError(nameof(Slug), "Give the playbook an address, such as sales/discovery-calls.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var edited = FrontMatterEditor.Apply("", EditorInputChecks.ToFields(Input), LineEndings.Match(Input.Body ?? "", ""));
        if (!edited.Succeeded)
        {
            Problems = [edited.Problem!];
            return Page();
        }

        var userId = User.ToReader()?.UserId;
        var result = await creator.CreateAsync(
            new PlaybookCreate(Slug!, edited.Text!, userId, User.DisplayName(), Input.Message!.Trim()), cancellationToken);
        if (result is PlaybookPlaced placed)
        {
            EditorLog.Created(logger, placed.PlaybookId, placed.Slug, userId);
            TempData["StatusMessage"] = "The playbook is created as revision 1.";
            return Redirect(PortalUrls.Playbook(placed.Slug));
        }

        var problems = ((PlaybookPlaceRejected)result).Problems;

        // Slug problems belong beside the address field; the rest are about the text.
        var slugProblems = problems.Where(IsAboutSlug).ToList();
        foreach (var problem in slugProblems)
        {
            ModelState.AddModelError(nameof(Slug), problem);
        }

        Problems = problems.Except(slugProblems).ToList();
        return Page();
    }

    private static bool IsAboutSlug(string problem) =>
        problem.Contains("address", StringComparison.OrdinalIgnoreCase)
        || problem.StartsWith("Another playbook already lives", StringComparison.Ordinal)
        || problem.Contains("empty or relative folder", StringComparison.Ordinal);

    private async Task<string> RenderPreviewAsync(CancellationToken cancellationToken)
    {
        var view = await catalog.ForAsync(User, cancellationToken);
        var slug = SlugRules.FromRelativePath(Slug ?? "");
        return EditorPreview.Render(renderer, view, (slug.Length == 0 ? "new" : slug) + ".md", Input.Body ?? "");
    }
}
