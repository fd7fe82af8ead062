using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Data.Onboarding;

namespace PlaybookPortal.Data.Skills;

/// <summary>
/// Ticks the assessment steps an official assessment satisfies: in each open enrollment of the
/// rep, every current (not removed) assessment step on the skill whose level the rep's current
/// level now reaches. A step once done stays done — a later, lower assessment withdraws nothing —
/// so this only ever adds completions, and finishes an enrollment whose required steps are all done.
/// </summary>
public sealed class AssessmentStepCompleter(
    PortalDbContext db, CurrentLevelReader levels, EnrollmentCompletionRecorder completions, TimeProvider time)
{
    /// <summary>Returns how many steps were ticked.</summary>
    public async Task<int> CompleteReachedStepsAsync(
        string repId, string skillId, Assessment cause, CancellationToken cancellationToken)
    {
        var current = await levels.ReadAsync(new[] { repId }.AsQueryable(), cancellationToken);
        if (!current.TryGetValue((repId, skillId), out var standing) || standing.Official is not { } official)
        {
            return 0;
        }

        var reached = await OpenStepsReachedAsync(repId, skillId, official.Level, cancellationToken);
        if (reached.Count == 0)
        {
            return 0;
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (enrollmentId, stepKey) in reached)
        {
            db.StepCompletions.Add(new StepCompletion
            {
                EnrollmentId = enrollmentId, StepKey = stepKey, CompletedUtc = now,
                CompletedByUserId = cause.AssessorUserId ?? "", CompletedByName = cause.AssessorName,
                Note = string.Create(CultureInfo.InvariantCulture,
                    $"Assessed at level {official.Level} by {official.AssessorName}"),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await completions.RecordAsync(repId, cancellationToken);
        return reached.Count;
    }

    private async Task<List<(long EnrollmentId, long StepKey)>> OpenStepsReachedAsync(
        string repId, string skillId, int level, CancellationToken cancellationToken)
    {
        var rows = await db.Enrollments
            .Where(e => e.UserId == repId && e.CompletedUtc == null)
            .Join(db.OnboardingSteps, e => e.PathId, s => s.PathId, (e, s) => new { e.Id, Step = s })
            .Where(x => x.Step.Kind == StepKind.Assessment && x.Step.RemovedUtc == null
                && x.Step.SkillId == skillId && x.Step.Level <= level
                && !db.StepCompletions.Any(c => c.EnrollmentId == x.Id && c.StepKey == x.Step.Key && c.WithdrawnUtc == null))
            .Select(x => new { x.Id, x.Step.Key })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Id, r.Key)).ToList();
    }
}
