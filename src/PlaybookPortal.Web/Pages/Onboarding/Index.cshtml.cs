using Microsoft.AspNetCore.Antiforgery;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.Onboarding;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Onboarding;

public sealed class IndexModel(
    EnrollmentProgressLoader loader, EnrollmentCardBuilder cards, ReadableCatalog catalog, PortalClock clock,
    PortalDbContext db, StepCompletionService steps, IAntiforgery antiforgery)
    : StepActionPageModel(steps, antiforgery)
{
    public const string Path = "/onboarding";

    public IReadOnlyList<EnrollmentCard> Enrollments { get; private set; } = [];

    public bool IsManagerOrStaff { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var reader = User.ToReader()!;
        IsManagerOrStaff = reader.Role >= PermissionRole.Manager;

        // Only the signed-in user's own enrollments: their team's are on the team view.
        var own = db.Enrollments.Where(e => e.UserId == reader.UserId);
        var views = await loader.LoadAsync(own, clock.Today, clock.Zone, cancellationToken);
        var ordered = views
            .OrderBy(v => v.Progress.FinishedOn is null ? 0 : 1)
            .ThenBy(v => v.Progress.StartDate)
            .ToList();
        var view = await catalog.ForAsync(User, cancellationToken);
        Enrollments = await cards.BuildAsync(ordered, view,
            v => new EnrollmentCardViewer(IsRep: true, MaySignOff: false, $"{Path}?enrollmentId={v.EnrollmentId}", Path),
            cancellationToken);
    }

    protected override string AfterAction(long enrollmentId) => Path;
}
