using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Pages.Skills;

[Authorize(Policy = PortalPolicies.Editor)]
public sealed class NewModel(PortalDbContext db, SkillCatalogStore store) : PageModel
{
    [BindProperty]
    public SkillInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var skill = Input.ToDefinition(ModelState, isRetired: false);
        if (skill is not null && await db.Skills.FindAsync([skill.Id], cancellationToken) is not null)
        {
            ModelState.AddModelError("Input.Id", $"A skill with the id '{skill.Id}' already exists.");
        }

        if (skill is null || !ModelState.IsValid)
        {
            return Page();
        }

        await store.SaveSkillsAsync([skill], cancellationToken);
        TempData["StatusMessage"] = $"Skill {skill.Name} was added.";
        return Redirect("/skills/" + skill.Id);
    }
}
