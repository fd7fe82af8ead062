using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Pages.Onboarding;

/// <summary>
/// The tick, untick and sign-off forms both onboarding pages carry. The service decides who may
/// do what; a step or enrollment the user may not touch is not found, a refusal comes back as a
/// message above the steps, and every post redirects so a reload posts nothing twice.
/// </summary>
public abstract class StepActionPageModel(StepCompletionService steps, IAntiforgery antiforgery) : PageModel
{
    /// <summary>The message of a refused action, shown above the steps after the redirect.</summary>
    [TempData]
    public string? ActionProblem { get; set; }

    /// <summary>The token the step list's forms carry (a static component cannot make one).</summary>
    public string? AntiforgeryToken => antiforgery.GetAndStoreTokens(HttpContext).RequestToken;

    public Task<IActionResult> OnPostTickAsync(long enrollmentId, long stepKey, string? note, CancellationToken cancellationToken) =>
        RunAsync(enrollmentId, r => steps.TickAsync(r, User.DisplayName(), enrollmentId, stepKey, note, cancellationToken),
            "Step marked as done.");

    public Task<IActionResult> OnPostUntickAsync(long enrollmentId, long stepKey, CancellationToken cancellationToken) =>
        RunAsync(enrollmentId, r => steps.UntickAsync(r, User.DisplayName(), enrollmentId, stepKey, cancellationToken),
            "Step marked as not done.");

    public Task<IActionResult> OnPostSignOffAsync(long enrollmentId, long stepKey, string? note, CancellationToken cancellationToken) =>
        RunAsync(enrollmentId, r => steps.SignOffAsync(r, User.DisplayName(), enrollmentId, stepKey, note, cancellationToken),
            "Step signed off.");

    /// <summary>Where to go after an action on <paramref name="enrollmentId"/>.</summary>
    protected abstract string AfterAction(long enrollmentId);

    private async Task<IActionResult> RunAsync(
        long enrollmentId, Func<Core.Access.Reader, Task<StepActionOutcome>> action, string doneMessage)
    {
        var reader = User.ToReader()!;
        var outcome = await action(reader);
        switch (outcome.Result)
        {
            case StepActionResult.NotFound:
                return NotFound();
            case StepActionResult.Refused:
                ActionProblem = outcome.Message;
                break;
            default:
                TempData["StatusMessage"] = doneMessage;
                break;
        }

        return Redirect(AfterAction(enrollmentId));
    }
}
