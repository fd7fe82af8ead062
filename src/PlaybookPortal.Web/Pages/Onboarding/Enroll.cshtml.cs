using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.Onboarding;

namespace PlaybookPortal.Web.Pages.Onboarding;

public sealed class EnrollModel(
    PortalDbContext db, PeopleScope people, EnrollmentService enrollments, EnrollmentFlags flags,
    PortalClock clock) : PageModel
{
    [BindProperty]
    public EnrollInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Paths { get; private set; } = [];

    /// <summary>Warnings about the chosen rep and path, shown before enrolling.</summary>
    public IReadOnlyList<string> Flags { get; private set; } = [];

    // Reps have nothing to do here; the page does not exist for them.
    public async Task<IActionResult> OnGetAsync(string? userId, CancellationToken cancellationToken)
    {
        if (!OnboardingAccess.MayEnroll(User.ToReader()!))
        {
            return NotFound();
        }

        Input = new EnrollInput { UserId = userId, StartDate = clock.Today };
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var reader = User.ToReader()!;
        if (!OnboardingAccess.MayEnroll(reader))
        {
            return NotFound();
        }

        await LoadChoicesAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Flags = await flags.ForAsync(Input.UserId!, Input.PathId!, cancellationToken);
        if (Flags.Count > 0 && !Input.EnrollDespiteFlags)
        {
            return Page();
        }

        var request = new EnrollmentRequest(Input.UserId!, Input.PathId!, Input.StartDate!.Value);
        var outcome = await enrollments.EnrollAsync(reader, request, cancellationToken);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError($"{nameof(Input)}.{outcome.Field}", outcome.Message!);
            return Page();
        }

        TempData["StatusMessage"] = "Enrolled. The rep sees the path under My onboarding.";
        return Redirect(EnrollmentModel.PathFor(outcome.EnrollmentId!.Value));
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var reader = User.ToReader()!;
        People = await people.VisibleTo(reader).AsNoTracking()
            .Where(u => !u.IsDisabled)
            .OrderBy(u => u.DisplayName)
            .Select(u => new SelectListItem(u.DisplayName + " (" + u.Email + ")", u.Id))
            .ToListAsync(cancellationToken);
        Paths = await db.OnboardingPaths.AsNoTracking()
            .Where(p => p.PersonalForUserId == null && !p.IsArchived)
            .OrderBy(p => p.Title)
            .Select(p => new SelectListItem(p.Title, p.Id))
            .ToListAsync(cancellationToken);
    }
}
