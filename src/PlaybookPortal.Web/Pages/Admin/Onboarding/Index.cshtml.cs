using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Onboarding;

namespace PlaybookPortal.Web.Pages.Admin.Onboarding;

public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<Choice> Positions { get; private set; } = [];

    public IReadOnlyList<Choice> Paths { get; private set; } = [];

    /// <summary>Checked cells, each <see cref="RuleKey"/> of a position and a path.</summary>
    [BindProperty]
    public List<string> Rules { get; set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var rules = await db.AutoEnrollRules.AsNoTracking().ToListAsync(cancellationToken);
        Rules = rules.ConvertAll(r => RuleKey(r.PositionId, r.PathId));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var wanted = Rules.ToHashSet(StringComparer.Ordinal);

        // Only the cells shown are replaced: rules naming an archived path stay as they were.
        var pathIds = Paths.Select(p => p.Id).ToList();
        var existing = await db.AutoEnrollRules.Where(r => pathIds.Contains(r.PathId)).ToListAsync(cancellationToken);
        db.AutoEnrollRules.RemoveRange(existing.Where(r => !wanted.Contains(RuleKey(r.PositionId, r.PathId))));
        var kept = existing.Select(r => RuleKey(r.PositionId, r.PathId)).ToHashSet(StringComparer.Ordinal);
        var added = Positions.SelectMany(position => Paths.Select(path => (Position: position.Id, Path: path.Id)))
            .Select(cell => (cell.Position, cell.Path, Key: RuleKey(cell.Position, cell.Path)))
            .Where(cell => wanted.Contains(cell.Key) && !kept.Contains(cell.Key))
            .Select(cell => new AutoEnrollRule { PositionId = cell.Position, PathId = cell.Path });
        db.AutoEnrollRules.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);

        TempData["StatusMessage"] = "Automatic enrollment was saved; it applies to users added from now on.";
        return Redirect("/admin/onboarding");
    }

    /// <summary>The checkbox value of a cell; escaping keeps ids holding the separator apart.</summary>
    public static string RuleKey(string positionId, string pathId) =>
        Uri.EscapeDataString(positionId) + "/" + Uri.EscapeDataString(pathId);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Positions = await db.Positions.AsNoTracking().OrderBy(p => p.Title)
            .Select(p => new Choice(p.Id, p.Title)).ToListAsync(cancellationToken);
        Paths = await db.OnboardingPaths.AsNoTracking()
            .Where(p => p.PersonalForUserId == null && !p.IsArchived)
            .OrderBy(p => p.Title)
            .Select(p => new Choice(p.Id, p.Title)).ToListAsync(cancellationToken);
    }

    public sealed record Choice(string Id, string Title);
}
