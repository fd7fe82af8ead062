using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.Onboarding;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Onboarding;

public sealed class EnrollmentModel(
    OnboardingAccess access, EnrollmentProgressLoader loader, EnrollmentCardBuilder cards,
    ReadableCatalog catalog, PortalClock clock, StepCompletionService steps, IAntiforgery antiforgery)
    : StepActionPageModel(steps, antiforgery)
{
    public EnrollmentCard Card { get; private set; } = null!;

    public bool IsOwn { get; private set; }

    public static string PathFor(long id) => "/onboarding/enrollments/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // An enrollment outside the viewer's scope answers 404 exactly like a missing one.
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var reader = User.ToReader()!;
        var visible = access.EnrollmentsVisibleTo(reader).Where(e => e.Id == id);
        var views = await loader.LoadAsync(visible, clock.Today, clock.Zone, cancellationToken);
        if (views.Count == 0)
        {
            return NotFound();
        }

        var view = views[0];
        IsOwn = view.UserId == reader.UserId;
        var maySignOff = await access.MaySignOffForAsync(reader, view.UserId, cancellationToken);
        var readable = await catalog.ForAsync(User, cancellationToken);
        var built = await cards.BuildAsync(views, readable,
            v => new EnrollmentCardViewer(IsOwn, maySignOff, PathFor(id) + "?enrollmentId=" + id, PathFor(id)),
            cancellationToken);
        Card = built[0];
        return Page();
    }

    protected override string AfterAction(long enrollmentId) => PathFor(enrollmentId);
}
