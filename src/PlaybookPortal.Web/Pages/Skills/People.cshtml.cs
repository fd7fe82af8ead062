using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Pages.Skills;

public sealed class PeopleModel(PeopleScope people) : PageModel
{
    public IReadOnlyList<PersonRow> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.ToReader() is not { } viewer)
        {
            return Challenge();
        }

        People = await people.VisibleTo(viewer).AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new PersonRow(u.Id, u.DisplayName, u.Team == null ? null : u.Team.Name,
                u.Position == null ? u.PositionId : u.Position.Title, u.IsDisabled))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record PersonRow(string Id, string Name, string? TeamName, string? PositionName, bool IsDisabled);
}
