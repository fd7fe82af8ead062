using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Skills;
using PlaybookPortal.Data;
using PlaybookPortal.Data.People;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Pages.Skills;

/// <summary>One grid of skills (rows, by category) × positions (columns); editors save it at once.</summary>
public sealed class TargetsModel(PortalDbContext db, SkillCatalogStore store) : PageModel
{
    public IReadOnlyList<Skill> Skills { get; private set; } = [];

    public IReadOnlyList<Position> Positions { get; private set; } = [];

    /// <summary>The cells as posted or stored, keyed by <see cref="Key"/>; blank means no target.</summary>
    [BindProperty]
    public Dictionary<string, string?> Levels { get; set; } = [];

    /// <summary>Cells whose value is not a level, with the message shown beside them.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    public bool CanEdit { get; private set; }

    public static string Key(string positionId, string skillId) => positionId + "|" + skillId;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var targets = await db.SkillTargets.AsNoTracking().ToListAsync(cancellationToken);
        Levels = targets.ToDictionary(t => Key(t.PositionId, t.SkillId), t => (string?)t.Level.ToString(CultureInfo.InvariantCulture));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.GetPermissionRole() < PermissionRole.Editor)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        var targets = new List<SkillTargetDefinition>();
        foreach (var position in Positions)
        {
            foreach (var skill in Skills)
            {
                var key = Key(position.Id, skill.Id);
                var text = Levels.GetValueOrDefault(key)?.Trim();
                if (string.IsNullOrEmpty(text))
                {
                    targets.Add(new SkillTargetDefinition(position.Id, skill.Id, -1));
                }
                else if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && SkillLevels.IsValid(level))
                {
                    targets.Add(new SkillTargetDefinition(position.Id, skill.Id, level));
                }
                else
                {
                    Errors[key] = $"{skill.Name} for {position.Title}: '{text}' is not a level 0–4.";
                }
            }
        }

        if (Errors.Count > 0)
        {
            ModelState.AddModelError("", "Nothing was saved: fix the marked cells.");
            return Page();
        }

        await store.SaveTargetsAsync(targets, cancellationToken);
        TempData["StatusMessage"] = "The position targets were saved.";
        return Redirect("/skills/targets");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanEdit = User.GetPermissionRole() >= PermissionRole.Editor;
        Skills = await db.Skills.AsNoTracking().Where(s => !s.IsRetired)
            .OrderBy(s => s.Category).ThenBy(s => s.Order).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        Positions = await db.Positions.AsNoTracking().OrderBy(p => p.Title).ToListAsync(cancellationToken);
    }
}
