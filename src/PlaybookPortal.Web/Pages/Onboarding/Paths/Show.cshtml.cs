using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Catalog;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.Hosting;

namespace PlaybookPortal.Web.Pages.Onboarding.Paths;

public sealed class ShowModel(
    PortalDbContext db, PathAudienceCheck audienceCheck, PlaybookCatalog catalog, PortalClock clock) : PageModel
{
    public OnboardingPath Path { get; private set; } = null!;

    public IReadOnlyList<PathStepRow> Steps { get; private set; } = [];

    /// <summary>Flags about the path as a whole (unknown positions).</summary>
    public IReadOnlyList<string> PathFlags { get; private set; } = [];

    public int FlagCount { get; private set; }

    public DateOnly Start { get; private set; }

    public bool CanEdit { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, string? start, CancellationToken cancellationToken)
    {
        var reader = User.ToReader();
        var path = await db.OnboardingPaths.AsNoTracking().Include(p => p.Positions)
            .Include(p => p.Steps.Where(s => s.RemovedUtc == null))
            .SingleOrDefaultAsync(p => p.Id == id && p.PersonalForUserId == null, cancellationToken);
        if (path is null || reader is null)
        {
            return NotFound();
        }

        Path = path;
        CanEdit = reader.Role >= PermissionRole.Editor;
        Start = DateOnly.TryParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && StartDateRules.IsAcceptable(day, clock.Today)
            ? day
            : clock.Today;
        var flags = await audienceCheck.CheckAsync(id, cancellationToken);
        var snapshot = await catalog.CurrentAsync(cancellationToken);
        Steps = [.. path.Steps.OrderBy(s => s.Order).Select((s, i) => Row(s, i + 1, flags, snapshot, reader))];
        PathFlags = [.. flags.Where(f => f.StepId is null).Select(f => f.Message)];
        FlagCount = PathFlags.Count + Steps.Sum(s => s.Flags.Count);
        return Page();
    }

    private PathStepRow Row(OnboardingStep step, int number, IReadOnlyList<PathFlag> flags, CatalogSnapshot snapshot, Reader reader)
    {
        var playbook = step.PlaybookId is { } playbookId ? snapshot.ById.GetValueOrDefault(playbookId) : null;
        var readable = playbook is not null && playbook.CanBeReadBy(reader) ? playbook : null;
        var stepFlags = flags.Where(f => f.StepId == step.StepId).ToList();

        // A playbook the viewer may not read is shown exactly as a missing one, flag included.
        if (step.Kind == StepKind.Read && readable is null)
        {
            stepFlags.RemoveAll(f => f.Kind is PathFlagKind.PlaybookNotReadable or PathFlagKind.MissingPlaybook);
            stepFlags.Add(PathAudienceCheck.MissingPlaybookFlag(step.PathId, step));
        }

        // The preview is for someone enrolled on the chosen date, who gets every current step from day 0.
        var plan = new StepPlan(step.Key, step.StepId, step.Order, step.Kind, step.Title, step.DueDay, step.Required);
        return new PathStepRow(step.StepId, number, step.Kind, step.Title, step.Description, step.DueDay, step.Required,
            step.PlaybookRef, readable?.Slug, readable?.Title, step.SkillId, step.Level, DueDates.DueDate(Start, plan),
            [.. stepFlags.Select(f => f.Message)]);
    }
}
