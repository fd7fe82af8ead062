using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data;
using PlaybookPortal.Data.People;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Pages.Skills;

public sealed class CalibrationModel(PortalDbContext db, PeopleScope people, CalibrationReader reader) : PageModel
{
    public SkillFilterOptions Options { get; private set; } = new([], []);

    public IReadOnlyList<CalibrationRow> Rows { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? Team { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Skill { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.ToReader() is not { Role: >= PermissionRole.Manager } viewer)
        {
            return Forbid();
        }

        Options = await SkillFilterOptions.LoadAsync(db, people, viewer, cancellationToken);
        if (Team is { } team && Options.Teams.All(t => t.Id != team))
        {
            return NotFound();
        }

        Rows = await reader.ReadAsync(viewer, Team, string.IsNullOrEmpty(Skill) ? null : Skill, cancellationToken);
        return Page();
    }
}
