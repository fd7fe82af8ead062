using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Components;
using PlaybookPortal.Core.Skills.Gaps;
using PlaybookPortal.Data;
using PlaybookPortal.Data.People;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.Reading;
using PlaybookPortal.Web.Skills;

namespace PlaybookPortal.Web.Pages.Skills;

public sealed class PrioritiesModel(
    PortalDbContext db, PeopleScope people, GapMatrixLoader loader, ReadableCatalog catalog) : PageModel
{
    public MatrixFiltersView Filters { get; private set; } = null!;

    public IReadOnlyList<PriorityListItem> Items { get; private set; } = [];

    public int RepCount { get; private set; }

    public async Task OnGetAsync(int? team, string? position, CancellationToken cancellationToken)
    {
        var viewer = User.ToReader()!;
        var options = await MatrixFilterOptions.LoadAsync(db, people, viewer, cancellationToken);
        Filters = new MatrixFiltersView("/skills/priorities", options, team, position);

        var matrix = await loader.LoadAsync(loader.Reps(viewer, new MatrixFilter(team, position)), cancellationToken);
        RepCount = matrix.Reps.Count;
        var view = await catalog.ForAsync(User, cancellationToken);
        var teaching = TeachingPlaybooks.BySkill(view.Listed());
        Items = TrainingPriorities.Rank(matrix)
            .Select(p => new PriorityListItem(p, teaching[p.Skill.Id]
                .Select(e => new PriorityPlaybook(e.Title, PortalUrls.Playbook(e.Slug))).ToList()))
            .ToList();
    }
}
