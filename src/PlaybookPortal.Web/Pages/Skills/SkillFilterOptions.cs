using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.Web.Pages.Skills;

/// <summary>The teams a viewer may filter by and the catalog's current skills, for filter forms.</summary>
public sealed record SkillFilterOptions(IReadOnlyList<(int Id, string Name)> Teams, IReadOnlyList<(string Id, string Name)> Skills)
{
    public static async Task<SkillFilterOptions> LoadAsync(
        PortalDbContext db, PeopleScope people, Reader viewer, CancellationToken cancellationToken)
    {
        var teams = await people.TeamsVisibleTo(viewer).AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var skills = await db.Skills.AsNoTracking().Where(s => !s.IsRetired).OrderBy(s => s.Order).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        return new SkillFilterOptions(teams.Select(t => (t.Id, t.Name)).ToList(), skills.Select(s => (s.Id, s.Name)).ToList());
    }
}
