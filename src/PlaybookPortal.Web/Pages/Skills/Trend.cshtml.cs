using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data;
using PlaybookPortal.Data.People;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Pages.Skills;

public sealed class TrendModel(PortalDbContext db, PeopleScope people, GapTrendReader reader, PortalClock clock) : PageModel
{
    public SkillFilterOptions Options { get; private set; } = new([], []);

    /// <summary>Null until both a team and a skill are chosen.</summary>
    public TrendChart? Chart { get; private set; }

    [BindProperty(SupportsGet = true)]
    public int? Team { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Skill { get; set; }

    public string? TeamName => Options.Teams.FirstOrDefault(t => t.Id == Team).Name;

    public string? SkillName => Options.Skills.FirstOrDefault(s => s.Id == Skill).Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.ToReader() is not { Role: >= PermissionRole.Manager } viewer)
        {
            return Forbid();
        }

        Options = await SkillFilterOptions.LoadAsync(db, people, viewer, cancellationToken);
        if (Team is not { } team || string.IsNullOrEmpty(Skill))
        {
            return Page();
        }

        if (TeamName is null || SkillName is null)
        {
            return NotFound();
        }

        Chart = new TrendChart(await reader.ReadAsync(viewer, team, Skill, clock.Zone, cancellationToken));
        return Page();
    }
}
