using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Onboarding.Paths;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Pages.Onboarding.Paths;

public sealed class EditModel(PortalDbContext db, PathEditor editor) : PageModel
{
    [BindProperty]
    public PathEditorInput Input { get; set; } = new();

    [BindProperty(Name = "command")]
    public string? Command { get; set; }

    public bool IsNew { get; private set; }

    public IReadOnlyList<(string Id, string Title)> PositionChoices { get; private set; } = [];

    public IReadOnlyList<string> PlaybookSlugs { get; private set; } = [];

    public IReadOnlyList<string> SkillIds { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        if (!IsNew)
        {
            var path = await db.OnboardingPaths.AsNoTracking().Include(p => p.Positions)
                .Include(p => p.Steps.Where(s => s.RemovedUtc == null))
                .SingleOrDefaultAsync(p => p.Id == id && p.PersonalForUserId == null, cancellationToken);
            if (path is null)
            {
                return NotFound();
            }

            Input = ToInput(path);
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        if (!IsNew)
        {
            Input.Id = id;
        }

        if (PathEditorCommand.TryApply(Command, Input.Steps))
        {
            // The rows moved: values must come from the reordered input, not the posted ones.
            ModelState.Clear();
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        var definition = PathEditorForm.Read(Input, IsNew, ModelState);
        if (definition is null)
        {
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        var result = await editor.SaveAsync(
            new PathSave(definition, IsNew, Input.Version, User.DisplayName()), cancellationToken);
        switch (result.Outcome)
        {
            case PathSaveOutcome.NotFound:
                return NotFound();
            case PathSaveOutcome.IdTaken:
                ModelState.AddModelError("Input.Id", $"A path with the id '{definition.Id}' already exists; choose another.");
                break;
            case PathSaveOutcome.Stale:
                ModelState.AddModelError("", "Someone else saved this path after you opened it. Your changes are " +
                    "still below; open the path in a new tab to see theirs, then save again to replace them.");
                await ReloadVersionAsync(definition.Id, cancellationToken);
                break;
            default:
                StatusMessage = SavedMessage(result);
                return Redirect(PathUrls.Show(definition.Id));
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    private static string SavedMessage(PathSaveResult result)
    {
        var changes = result.Changes!;
        var message = $"Saved: {changes.Added} steps added, {changes.Changed} changed, {changes.Removed} removed.";
        return result.Flags.Count == 0
            ? message
            : message + $" Warning: {result.Flags.Count} flagged (listed below); the path is saved and usable.";
    }

    // The next save knowingly replaces the other editor's version.
    private async Task ReloadVersionAsync(string pathId, CancellationToken cancellationToken)
    {
        Input.Version = await db.OnboardingPaths.Where(p => p.Id == pathId).Select(p => p.Version).SingleOrDefaultAsync(cancellationToken);
        ModelState.Remove("Input.Version");
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var positions = await db.Positions.AsNoTracking().OrderBy(p => p.Title).Select(p => new { p.Id, p.Title })
            .ToListAsync(cancellationToken);
        var choices = positions.ConvertAll(p => (p.Id, p.Title));
        choices.AddRange(Input.Positions.Where(p => !positions.Exists(x => x.Id == p)).Select(p => (p, $"{p} (not in the catalog)")));
        PositionChoices = choices;
        PlaybookSlugs = await db.Playbooks.AsNoTracking().OrderBy(p => p.Slug).Select(p => p.Slug).ToListAsync(cancellationToken);
        SkillIds = await db.Skills.AsNoTracking().Where(s => !s.IsRetired).OrderBy(s => s.Id).Select(s => s.Id)
            .ToListAsync(cancellationToken);
    }

    private static PathEditorInput ToInput(OnboardingPath path) => new()
    {
        Id = path.Id,
        Title = path.Title,
        Description = path.Description,
        Version = path.Version,
        Positions = [.. path.Positions.Select(p => p.PositionId)],
        Steps = [.. path.Steps.OrderBy(s => s.Order).Select(s => new PathStepInput
        {
            Id = s.StepId,
            IsSaved = true,
            Kind = StepKinds.ToWord(s.Kind),
            Title = s.Title,
            Description = s.Description,
            DueDay = s.DueDay.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Required = s.Required,
            Playbook = s.PlaybookRef,
            Skill = s.SkillId,
            Level = s.Level?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })],
    };
}
