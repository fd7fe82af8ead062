using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Core.Skills.Gaps;
using PlaybookPortal.Data;
using PlaybookPortal.Data.People;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Reading;
using PlaybookPortal.Web.Skills;

namespace PlaybookPortal.Web.Pages.Skills;

/// <summary>
/// Builds a rep's training plan as a viewer may see it: null when the viewer may not see that
/// rep (the page answers 404, as for someone who does not exist).
/// </summary>
public sealed class PlanLoader(PortalDbContext db, PeopleScope people, GapMatrixLoader loader)
{
    public async Task<PlanView?> LoadAsync(ReaderView view, string? userId, CancellationToken cancellationToken)
    {
        var viewer = view.Reader;
        var id = string.IsNullOrEmpty(userId) ? viewer.UserId : userId;
        var manages = await people.ManagesQuery(viewer, id).SingleOrDefaultAsync(cancellationToken)
            && viewer.Role >= PermissionRole.Manager;
        if (id != viewer.UserId && !manages)
        {
            return null;
        }

        var rep = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.Role, u.PositionId }).SingleOrDefaultAsync(cancellationToken);
        if (rep is null)
        {
            return null;
        }

        var matrix = await loader.LoadAsync(db.Users.Where(u => u.Id == id), cancellationToken);
        var plan = TrainingPlan.For(matrix, 0);

        // Only what both may open: the viewer follows the link, the rep is asked to read it.
        var repReader = new Reader(rep.Id, rep.Role, rep.PositionId);
        var teaching = TeachingPlaybooks.BySkill(view.Listed().Where(e => e.CanBeReadBy(repReader)));
        var steps = await SharedStepsAsync(plan, teaching, cancellationToken);
        return new PlanView(rep.Id, rep.DisplayName, rep.Email ?? "", manages,
            plan.Gaps.Select(g => Entry(g, teaching, steps)).ToList(),
            plan.NotAssessed.Select(g => Entry(g, teaching, steps)).ToList());
    }

    private static PlanEntry Entry(PlanGap gap, ILookup<string, Data.Catalog.PlaybookEntry> teaching, List<PlanStep> steps)
    {
        var playbooks = teaching[gap.Skill.Id].ToList();
        var ids = playbooks.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return new PlanEntry(gap, playbooks, steps
            .Where(s => s.SkillId == gap.Skill.Id || (s.PlaybookId is { } p && ids.Contains(p)))
            .ToList());
    }

    private async Task<List<PlanStep>> SharedStepsAsync(
        TrainingPlan plan, ILookup<string, Data.Catalog.PlaybookEntry> teaching, CancellationToken cancellationToken)
    {
        var skillIds = plan.Gaps.Concat(plan.NotAssessed).Select(g => g.Skill.Id).ToList();
        var playbookIds = skillIds.SelectMany(s => teaching[s]).Select(e => e.Id).Distinct().ToList();
        return await (
            from step in db.OnboardingSteps.AsNoTracking()
            join path in db.OnboardingPaths on step.PathId equals path.Id
            where path.PersonalForUserId == null && !path.IsArchived && step.RemovedUtc == null
                && ((step.Kind == StepKind.Assessment && step.SkillId != null && skillIds.Contains(step.SkillId))
                    || (step.Kind == StepKind.Read && step.PlaybookId != null && playbookIds.Contains(step.PlaybookId)))
            orderby path.Title, step.Order
            select new PlanStep(path.Title, step.Title, step.Kind, step.SkillId, step.PlaybookId))
            .ToListAsync(cancellationToken);
    }
}
