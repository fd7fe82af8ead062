using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.People;

namespace PlaybookPortal.Web.Pages.Admin.Teams;

public sealed class EditModel(PortalDbContext db) : PageModel
{
    public Team Team { get; private set; } = null!;

    public IReadOnlyList<ManagerChoice> Candidates { get; private set; } = [];

    public IReadOnlyList<string> Members { get; private set; } = [];

    [BindProperty]
    [Required, StringLength(200)]
    [Display(Name = "Team name")]
    public string Name { get; set; } = "";

    [BindProperty]
    public List<string> ManagerIds { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Name = Team.Name;
        ManagerIds = Team.Managers.Select(m => m.UserId).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Name = (Name ?? "").Trim();
        if (ModelState.IsValid && await TeamNames.IsTakenAsync(db, Name, id, cancellationToken))
        {
            ModelState.AddModelError(nameof(Name), "A team with this name exists already.");
        }

        // Only managers (or higher roles) may lead a team.
        var allowed = Candidates.Select(c => c.UserId).ToHashSet(StringComparer.Ordinal);
        if (ManagerIds.Exists(m => !allowed.Contains(m)))
        {
            ModelState.AddModelError(nameof(ManagerIds), "Only users with the Manager role or above can lead a team.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Team.Name = Name;
        Team.Managers.RemoveAll(m => !ManagerIds.Contains(m.UserId));
        foreach (var userId in ManagerIds.Distinct().Where(u => Team.Managers.TrueForAll(m => m.UserId != u)))
        {
            Team.Managers.Add(new TeamManager { TeamId = Team.Id, UserId = userId });
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["StatusMessage"] = $"Team {Team.Name} was saved.";
        return Redirect($"/admin/teams/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var team = await db.Teams.Include(t => t.Managers).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (team is null)
        {
            return false;
        }

        Team = team;
        Candidates = await db.Users.AsNoTracking()
            .Where(u => u.Role != PermissionRole.Rep && !u.IsDisabled)
            .OrderBy(u => u.DisplayName)
            .Select(u => new ManagerChoice(u.Id, u.DisplayName, u.Email ?? ""))
            .ToListAsync(cancellationToken);
        Members = await db.Users.AsNoTracking().Where(u => u.TeamId == id).OrderBy(u => u.DisplayName)
            .Select(u => u.DisplayName).ToListAsync(cancellationToken);
        return true;
    }

    public sealed record ManagerChoice(string UserId, string Name, string Email);
}
