using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Skills;

public sealed partial class PlanModel(
    ReadableCatalog catalog, PlanLoader loader, TrainingPathCreator creator, PortalClock clock, ILogger<PlanModel> logger)
    : PageModel
{
    public PlanView Plan { get; private set; } = null!;

    public bool IsOwn => Plan.UserId == User.ToReader()!.UserId;

    public async Task<IActionResult> OnGetAsync(string? userId, CancellationToken cancellationToken)
    {
        var view = await catalog.ForAsync(User, cancellationToken);
        if (await loader.LoadAsync(view, userId, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        return Page();
    }

    public async Task<IActionResult> OnPostMakePathAsync(string? userId, CancellationToken cancellationToken)
    {
        var view = await catalog.ForAsync(User, cancellationToken);
        if (await loader.LoadAsync(view, userId, cancellationToken) is not { CanMakePath: true } plan)
        {
            return NotFound();
        }

        if (plan.Gaps.Count == 0)
        {
            TempData["StatusMessage"] = $"{plan.Name} has no skill below target, so there is nothing to train yet.";
            return Redirect(PlanUrl(plan));
        }

        var request = new TrainingPathRequest(plan.UserId, plan.Name, plan.Email,
            plan.Gaps.Select(e => new TrainingPathSkill(e.Gap.Skill.Id, e.Gap.Skill.Name, e.Gap.Target,
                e.Playbooks.Select(p => (p.Id, p.Slug, p.Title)).ToList())).ToList(),
            view.Reader.UserId, User.DisplayName());
        var enrollment = await creator.CreateAsync(request, clock.Today, cancellationToken);
        LogPathCreated(enrollment.PathId, plan.UserId, request.Skills.Count);
        TempData["StatusMessage"] = $"{plan.Name} is enrolled on a personal training path.";
        return Redirect("/onboarding/enrollments/" + enrollment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private string PlanUrl(PlanView plan) => IsOwnPlan(plan) ? "/skills/plan" : SkillUrls.Plan(plan.UserId);

    private bool IsOwnPlan(PlanView plan) => plan.UserId == User.ToReader()!.UserId;

    [LoggerMessage(EventId = 6300, Level = LogLevel.Information,
        Message = "Created personal training path {PathId} for user {UserId} with {SkillCount} skills")]
    private partial void LogPathCreated(string pathId, string userId, int skillCount);
}
