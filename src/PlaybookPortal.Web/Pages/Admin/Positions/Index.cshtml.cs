using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Catalog;
using PlaybookPortal.Data.Importing;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.Web.Pages.Admin.Positions;

public sealed partial class IndexModel(PortalDbContext db, PlaybookCatalog catalog, AudienceRecheck audiences)
    : PageModel
{
    public IReadOnlyList<PositionRow> Positions { get; private set; } = [];

    [BindProperty]
    public PositionInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        Input.Id = (Input.Id ?? "").Trim().ToLowerInvariant();
        Input.Title = (Input.Title ?? "").Trim();
        if (!IdPattern().IsMatch(Input.Id))
        {
            ModelState.AddModelError("Input.Id", "Use lower-case letters, digits and hyphens, for example 'account-executive'.");
        }

        // An audience names roles and positions in one list, so a position may not be a role's name.
        if (RoleNames.Contains(Input.Id))
        {
            ModelState.AddModelError("Input.Id", $"'{Input.Id}' is a permission role's name; choose another id.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var position = await db.Positions.FindAsync([Input.Id], cancellationToken);
        if (position is null)
        {
            position = new Position { Id = Input.Id };
            db.Positions.Add(position);
        }

        position.Title = Input.Title.Trim();
        position.Description = string.IsNullOrWhiteSpace(Input.Description) ? null : Input.Description.Trim();
        await db.SaveChangesAsync(cancellationToken);
        var reopened = await audiences.RunAsync(cancellationToken);
        TempData["StatusMessage"] = $"Position {position.Title} was saved." + Rechecked(reopened);
        return Redirect("/admin/positions");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken cancellationToken)
    {
        var position = await db.Positions.FindAsync([id], cancellationToken);
        if (position is null)
        {
            return NotFound();
        }

        var usage = await UsageAsync(cancellationToken);
        if (usage.TryGetValue(id, out var count) && count > 0)
        {
            TempData["StatusMessage"] = $"{position.Title} cannot be deleted: {count} users or playbooks still name it.";
            return Redirect("/admin/positions");
        }

        db.Positions.Remove(position);
        await db.SaveChangesAsync(cancellationToken);
        var closed = await audiences.RunAsync(cancellationToken);
        TempData["StatusMessage"] = $"Position {position.Title} was deleted." + Rechecked(closed);
        return Redirect("/admin/positions");
    }

    private static string Rechecked(int count) =>
        count == 0 ? "" : $" The audience of {count} playbooks changed with it.";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var usage = await UsageAsync(cancellationToken);
        Positions = (await db.Positions.AsNoTracking().OrderBy(p => p.Title).ToListAsync(cancellationToken))
            .ConvertAll(p => new PositionRow(p.Id, p.Title, p.Description, usage.GetValueOrDefault(p.Id),
                p.Source?.RelativePath));
    }

    // A position is in use while a user holds it or a playbook's audience names it.
    private async Task<Dictionary<string, int>> UsageAsync(CancellationToken cancellationToken)
    {
        var users = await db.Users.Where(u => u.PositionId != null).GroupBy(u => u.PositionId!)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var usage = users.ToDictionary(u => u.Key, u => u.Count, StringComparer.Ordinal);
        var snapshot = await catalog.CurrentAsync(cancellationToken);
        foreach (var position in snapshot.All.SelectMany(e => e.Audience.PositionIds))
        {
            usage[position] = usage.GetValueOrDefault(position) + 1;
        }

        return usage;
    }

    private static readonly HashSet<string> RoleNames = new(StringComparer.Ordinal)
    {
        "rep", "reps", "manager", "managers", "editor", "editors", "admin", "admins",
    };

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial System.Text.RegularExpressions.Regex IdPattern();

    public sealed record PositionRow(string Id, string Title, string? Description, int Usage, string? Source);

    public sealed class PositionInput
    {
        [Required, StringLength(64)]
        [Display(Name = "Id")]
        public string Id { get; set; } = "";

        [Required, StringLength(200)]
        [Display(Name = "Title")]
        public string Title { get; set; } = "";

        [StringLength(2000)]
        [Display(Name = "Description")]
        public string? Description { get; set; }
    }
}
