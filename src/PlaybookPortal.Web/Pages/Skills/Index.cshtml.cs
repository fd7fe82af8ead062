using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Pages.Skills;

public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<Skill> Skills { get; private set; } = [];

    public IReadOnlyList<Skill> Retired { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanEdit = User.GetPermissionRole() >= PermissionRole.Editor;
        var skills = await db.Skills.AsNoTracking().OrderBy(s => s.Order).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        Skills = [.. skills.Where(s => !s.IsRetired)];
        Retired = CanEdit ? [.. skills.Where(s => s.IsRetired)] : [];
    }
}
