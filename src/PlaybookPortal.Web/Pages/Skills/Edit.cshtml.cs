using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Pages.Skills;

[Authorize(Policy = PortalPolicies.Editor)]
public sealed class EditModel(PortalDbContext db, SkillCatalogStore store) : PageModel
{
    [BindProperty]
    public SkillInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await db.Skills.FindAsync([id], cancellationToken) is not { } skill)
        {
            return NotFound();
        }

        Input = SkillInput.From(skill);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (await db.Skills.FindAsync([id], cancellationToken) is not { } existing)
        {
            return NotFound();
        }

        // The id is fixed: everything that names the skill refers to it.
        Input.Id = id;
        var skill = Input.ToDefinition(ModelState, existing.IsRetired);
        if (skill is null || !ModelState.IsValid)
        {
            return Page();
        }

        db.ChangeTracker.Clear();
        await store.SaveSkillsAsync([skill], cancellationToken);
        TempData["StatusMessage"] = $"Skill {skill.Name} was saved.";
        return Redirect("/skills/" + id);
    }
}
