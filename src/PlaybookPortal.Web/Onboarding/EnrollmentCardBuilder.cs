using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Components;
using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Pages.Skills;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Onboarding;

/// <summary>
/// Turns loaded enrollments into what the onboarding pages show: step texts in the portal's
/// zone, links to the playbooks the viewer may read, withdrawn history and the forms the viewer
/// may use. Two queries whatever the number of enrollments.
/// </summary>
public sealed class EnrollmentCardBuilder(PortalDbContext db, PortalClock clock)
{
    public async Task<IReadOnlyList<EnrollmentCard>> BuildAsync(
        IReadOnlyList<EnrollmentView> views, ReaderView readable,
        Func<EnrollmentView, EnrollmentCardViewer> viewerFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(readable);
        ArgumentNullException.ThrowIfNull(viewerFor);
        var pathIds = views.Select(v => v.PathId).Distinct().ToList();
        var enrollmentIds = views.Select(v => v.EnrollmentId).ToList();
        var details = await db.OnboardingSteps.AsNoTracking()
            .Where(s => pathIds.Contains(s.PathId))
            .Select(s => new StepDetail(s.Key, s.Description, s.PlaybookId, s.SkillId, s.Level))
            .ToDictionaryAsync(s => s.Key, cancellationToken);
        var withdrawn = (await db.StepCompletions.AsNoTracking()
            .Where(c => enrollmentIds.Contains(c.EnrollmentId) && c.WithdrawnUtc != null)
            .ToListAsync(cancellationToken))
            .OrderBy(c => c.CompletedUtc)
            .ToLookup(c => (c.EnrollmentId, c.StepKey));
        var slugs = readable.Readable().ToDictionary(e => e.Id, e => e.Slug);

        return views.Select(view =>
        {
            var viewer = viewerFor(view);
            var items = view.Progress.Steps.ToDictionary(s => s.Step.Key, s => Item(
                s, details.GetValueOrDefault(s.Step.Key), withdrawn[(view.EnrollmentId, s.Step.Key)], slugs, viewer, view.UserId));
            return new EnrollmentCard(
                view,
                view.Progress.NextSteps.Select(s => items[s.Step.Key]).ToList(),
                view.Progress.Steps.Where(s => s.IsDone).Select(s => items[s.Step.Key]).ToList(),
                view.Progress.Steps.Select(s => items[s.Step.Key]).ToList());
        }).ToList();
    }

    private StepListItem Item(
        StepProgress step, StepDetail? detail, IEnumerable<StepCompletion> withdrawn,
        Dictionary<string, string> slugs, EnrollmentCardViewer viewer, string repId)
    {
        string? href = null;
        if (step.Step.Kind == StepKind.Read && detail?.PlaybookId is { } playbookId
            && slugs.TryGetValue(playbookId, out var slug))
        {
            href = PortalUrls.Playbook(slug) + "?returnUrl=" + Uri.EscapeDataString(viewer.ReturnUrl);
        }

        // An assessment step is done by an assessment that reaches its level: whoever may sign
        // off is taken to the form that records one, the rep to what the levels mean.
        if (step.Step.Kind == StepKind.Assessment && detail?.SkillId is { } skillId)
        {
            href = viewer.MaySignOff ? SkillUrls.AssessSkill(repId, skillId) : "/skills/" + Uri.EscapeDataString(skillId);
        }

        // A read step whose playbook the viewer may not open shows neither its title nor its
        // description: both may name the playbook (a training plan's steps do).
        var hidden = step.Step.Kind == StepKind.Read && href is null;
        var history = withdrawn
            .Select(c => $"Done {Moment(c.CompletedUtc)} by {c.CompletedByName}; withdrawn "
                + $"{Moment(c.WithdrawnUtc!.Value)}: {c.WithdrawnReason ?? "no reason given"}")
            .ToList();
        if (step.Reopened && !hidden)
        {
            history.Add("Read before the playbook changed; the new revision needs reading.");
        }

        return new StepListItem
        {
            Key = step.Step.Key,
            KindText = OnboardingText.Kind(step.Step.Kind),
            Title = hidden ? "A reading step not available to you" : step.Step.Title,
            Description = hidden ? null : detail?.Description,
            DueText = "Due " + OnboardingText.Day(step.DueDate),
            State = step.State switch
            {
                StepState.Done => StepListState.Done,
                _ when step.Reopened => StepListState.Reopened,
                StepState.Overdue => StepListState.Overdue,
                _ => StepListState.Open,
            },
            Optional = !step.Step.Required,
            Removed = step.Step.Removed,
            Href = href,
            DoneLine = step.Done is { } done ? $"Done {Moment(done.CompletedUtc)} by {done.ByName}" : null,
            Note = step.Done?.Note,
            History = history,
            Flag = step.Step.Kind == StepKind.Read && href is null && !step.IsDone
                ? "The playbook for this step is not available to you; ask your manager or an editor."
                : null,
            Action = step.Step.Removed ? null : ActionFor(step, viewer),
        };
    }

    private static StepListAction? ActionFor(StepProgress step, EnrollmentCardViewer viewer) => step.Step.Kind switch
    {
        StepKind.Task when viewer.IsRep && !step.IsDone =>
            new StepListAction(Handler(viewer, "Tick"), "Mark as done", "Evidence (optional note or link)"),
        StepKind.Task when viewer.IsRep =>
            new StepListAction(Handler(viewer, "Untick"), "Undo"),
        StepKind.Signoff when viewer.MaySignOff && !step.IsDone =>
            new StepListAction(Handler(viewer, "SignOff"), "Sign off", "Sign-off note (what you observed)", NoteRequired: true),
        _ => null,
    };

    private static string Handler(EnrollmentCardViewer viewer, string handler) =>
        viewer.ActionUrl + (viewer.ActionUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler;

    private string Moment(DateTime utc) => OnboardingText.Moment(clock.ToLocal(utc));

    private sealed record StepDetail(long Key, string? Description, string? PlaybookId, string? SkillId, int? Level);
}
