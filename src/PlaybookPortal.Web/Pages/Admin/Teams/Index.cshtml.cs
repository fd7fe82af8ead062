using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.People;

namespace PlaybookPortal.Web.Pages.Admin.Teams;

public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<TeamRow> Teams { get; private set; } = [];

    [BindProperty]
    [Required, StringLength(200)]
    [Display(Name = "Team name")]
    public string Name { get; set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Name = (Name ?? "").Trim();
        if (ModelState.IsValid && await TeamNames.IsTakenAsync(db, Name, null, cancellationToken))
        {
            ModelState.AddModelError(nameof(Name), "A team with this name exists already.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var team = new Team { Name = Name };
        db.Teams.Add(team);
        await db.SaveChangesAsync(cancellationToken);
        TempData["StatusMessage"] = $"Team {team.Name} was added; now choose who leads it.";
        return Redirect($"/admin/teams/{team.Id}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new TeamRow(t.Id, t.Name, t.Members.Count,
                t.Managers.Select(m => m.User!.DisplayName).OrderBy(n => n).ToList()))
            .ToListAsync(cancellationToken);

    public sealed record TeamRow(int Id, string Name, int MemberCount, IReadOnlyList<string> Managers);
}
