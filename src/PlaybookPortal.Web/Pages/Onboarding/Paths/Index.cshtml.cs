using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Pages.Onboarding.Paths;

public sealed class IndexModel(PortalDbContext db, PathAudienceCheck audienceCheck) : PageModel
{
    public IReadOnlyList<PathListRow> Paths { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanEdit = User.GetPermissionRole() >= PermissionRole.Editor;
        var shared = db.OnboardingPaths.Where(p => p.PersonalForUserId == null);
        var rows = await shared.AsNoTracking().OrderBy(p => p.IsArchived).ThenBy(p => p.Title)
            .Select(p => new
            {
                p.Id,
                p.Title,
                p.IsArchived,
                Positions = p.Positions.Select(x => x.PositionId).ToList(),
                StepCount = p.Steps.Count(s => s.RemovedUtc == null),
                Open = db.Enrollments.Count(e => e.PathId == p.Id && e.CompletedUtc == null),
            })
            .ToListAsync(cancellationToken);
        var flags = await audienceCheck.CheckManyAsync(shared, cancellationToken);
        Paths = rows.ConvertAll(r => new PathListRow(r.Id, r.Title, r.Positions.Order(StringComparer.Ordinal).ToList(),
            r.StepCount, r.Open, r.IsArchived, flags.GetValueOrDefault(r.Id)?.Count ?? 0));
    }
}
