using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.Web.Pages.Skills;

/// <summary>The choices of the matrix and priorities filters: only teams the viewer may see.</summary>
public sealed record MatrixFilterOptions(
    IReadOnlyList<KeyValuePair<int, string>> Teams, IReadOnlyList<KeyValuePair<string, string>> Positions)
{
    public static async Task<MatrixFilterOptions> LoadAsync(
        PortalDbContext db, PeopleScope people, Reader viewer, CancellationToken cancellationToken)
    {
        var teams = await people.TeamsVisibleTo(viewer).AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new KeyValuePair<int, string>(t.Id, t.Name)).ToListAsync(cancellationToken);
        var positions = await db.Positions.AsNoTracking().OrderBy(p => p.Title)
            .Select(p => new KeyValuePair<string, string>(p.Id, p.Title)).ToListAsync(cancellationToken);
        return new MatrixFilterOptions(teams, positions);
    }
}
