using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Catalog;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Pages.Skills;

public sealed class ShowModel(PortalDbContext db, PlaybookCatalog catalog, SkillCatalogStore store) : PageModel
{
    public Skill Skill { get; private set; } = null!;

    public IReadOnlyList<(string Position, int Level)> Targets { get; private set; } = [];

    public IReadOnlyList<PlaybookEntry> Playbooks { get; private set; } = [];

    public IReadOnlyList<(string Path, string Step, int? Level)> Steps { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (User.ToReader() is not { } reader)
        {
            return Forbid();
        }

        var skill = await db.Skills.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (skill is null)
        {
            return NotFound();
        }

        Skill = skill;
        CanEdit = reader.Role >= PermissionRole.Editor;
        Targets = (await db.SkillTargets.AsNoTracking().Where(t => t.SkillId == id)
                .Join(db.Positions, t => t.PositionId, p => p.Id, (t, p) => new { p.Title, t.Level })
                .ToListAsync(cancellationToken))
            .OrderByDescending(t => t.Level).ThenBy(t => t.Title, StringComparer.CurrentCulture)
            .Select(t => (t.Title, t.Level)).ToList();
        Playbooks = await ReadablePlaybooksAsync(id, reader, cancellationToken);
        Steps = await AssessingStepsAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRetireAsync(string id, bool retired, CancellationToken cancellationToken)
    {
        if (User.GetPermissionRole() < PermissionRole.Editor)
        {
            return Forbid();
        }

        if (!await store.SetRetiredAsync(id, retired, cancellationToken))
        {
            return NotFound();
        }

        TempData["StatusMessage"] = retired ? "The skill was retired." : "The skill was restored.";
        return Redirect("/skills/" + Uri.EscapeDataString(id));
    }

    // Only playbooks this reader may open appear; the rest must not be hinted at (PRODUCT.md).
    private async Task<IReadOnlyList<PlaybookEntry>> ReadablePlaybooksAsync(
        string id, Reader reader, CancellationToken cancellationToken)
    {
        var ids = await db.PlaybookSkills.Where(s => s.SkillId == id).Select(s => s.PlaybookId).ToListAsync(cancellationToken);
        var snapshot = await catalog.CurrentAsync(cancellationToken);
        return ids.Select(snapshot.ById.GetValueOrDefault).OfType<PlaybookEntry>()
            .Where(p => !p.IsRedirectStub && p.CanBeReadBy(reader))
            .OrderBy(p => p.Title, StringComparer.CurrentCulture)
            .ToList();
    }

    private async Task<IReadOnlyList<(string Path, string Step, int? Level)>> AssessingStepsAsync(
        string id, CancellationToken cancellationToken)
    {
        var steps = await db.OnboardingSteps.AsNoTracking()
            .Where(s => s.Kind == StepKind.Assessment && s.SkillId == id && s.RemovedUtc == null)
            .Join(db.OnboardingPaths.Where(p => !p.IsArchived && p.PersonalForUserId == null),
                s => s.PathId, p => p.Id, (s, p) => new { Path = p.Title, s.Title, s.Level })
            .ToListAsync(cancellationToken);
        return steps.OrderBy(s => s.Path, StringComparer.CurrentCulture).Select(s => (s.Path, s.Title, s.Level)).ToList();
    }
}
