using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Onboarding;

namespace PlaybookPortal.Data.Onboarding;

/// <summary>
/// Ticks, unticks and signs off steps. A rep ticks their own tasks; a sign-off (or, until
/// skills decide it, an assessment) needs a note from the rep's manager or an editor and never
/// from the rep. Read steps are done by acknowledging the playbook, not here.
/// </summary>
public sealed partial class StepCompletionService(
    PortalDbContext db, OnboardingAccess access, EnrollmentCompletionRecorder recorder,
    TimeProvider time, ILogger<StepCompletionService> logger)
{
    public const int NoteMaxLength = 2000;

    /// <summary>The rep ticks one of their task steps, with optional evidence.</summary>
    public async Task<StepActionOutcome> TickAsync(
        Reader actor, string actorName, long enrollmentId, long stepKey, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var target = await FindAsync(enrollmentId, stepKey, cancellationToken);
        if (target is null || target.Value.UserId != actor.UserId)
        {
            return StepActionOutcome.NotFound;
        }

        var (step, _) = target.Value;
        if (step.Kind != StepKind.Task)
        {
            return StepActionOutcome.Refused(step.Kind == StepKind.Read
                ? "A reading step is done by confirming you have read the playbook."
                : "This step is done when your manager signs it off.");
        }

        return await CompleteAsync(actor, actorName, enrollmentId, step, note, cancellationToken);
    }

    /// <summary>The rep unticks a task they ticked; the completion stays in the history, withdrawn.</summary>
    public async Task<StepActionOutcome> UntickAsync(
        Reader actor, string actorName, long enrollmentId, long stepKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var target = await FindAsync(enrollmentId, stepKey, cancellationToken);
        if (target is null || target.Value.UserId != actor.UserId || target.Value.Step.Kind != StepKind.Task)
        {
            return StepActionOutcome.NotFound;
        }

        var active = await db.StepCompletions
            .Where(c => c.EnrollmentId == enrollmentId && c.StepKey == stepKey && c.WithdrawnUtc == null)
            .ToListAsync(cancellationToken);
        if (active.Count == 0)
        {
            return StepActionOutcome.Refused("This step is not ticked.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var completion in active)
        {
            completion.WithdrawnUtc = now;
            completion.WithdrawnReason = $"Unticked by {actorName}";
        }

        await db.SaveChangesAsync(cancellationToken);
        return StepActionOutcome.Done;
    }

    /// <summary>The rep's manager or an editor signs off a sign-off or assessment step with a note.</summary>
    public async Task<StepActionOutcome> SignOffAsync(
        Reader actor, string actorName, long enrollmentId, long stepKey, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var target = await FindAsync(enrollmentId, stepKey, cancellationToken);
        if (target is null || !await access.EnrollmentsVisibleTo(actor).AnyAsync(e => e.Id == enrollmentId, cancellationToken))
        {
            return StepActionOutcome.NotFound;
        }

        var (step, userId) = target.Value;
        if (!await access.MaySignOffForAsync(actor, userId, cancellationToken))
        {
            return StepActionOutcome.Refused("Only the rep's manager or an editor can sign off this step; nobody signs off their own.");
        }

        if (step.Kind == StepKind.Assessment)
        {
            return StepActionOutcome.Refused("An assessment step is done when the rep's current level reaches its level: record an assessment of the skill instead.");
        }

        if (step.Kind != StepKind.Signoff)
        {
            return StepActionOutcome.Refused("Only sign-off steps are signed off.");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return StepActionOutcome.Refused("Write a note saying what you observed.");
        }

        var outcome = await CompleteAsync(actor, actorName, enrollmentId, step, note, cancellationToken);
        if (outcome.Result == StepActionResult.Done)
        {
            LogSignedOff(enrollmentId, step.StepId, actor.UserId);
        }

        return outcome;
    }

    private async Task<StepActionOutcome> CompleteAsync(
        Reader actor, string actorName, long enrollmentId, OnboardingStep step, string? note, CancellationToken cancellationToken)
    {
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > NoteMaxLength })
        {
            return StepActionOutcome.Refused($"Keep the note under {NoteMaxLength} characters.");
        }

        var alreadyDone = await db.StepCompletions.AnyAsync(
            c => c.EnrollmentId == enrollmentId && c.StepKey == step.Key && c.WithdrawnUtc == null, cancellationToken);
        if (alreadyDone)
        {
            return StepActionOutcome.Refused("This step is already done.");
        }

        db.StepCompletions.Add(new StepCompletion
        {
            EnrollmentId = enrollmentId,
            StepKey = step.Key,
            CompletedUtc = time.GetUtcNow().UtcDateTime,
            CompletedByUserId = actor.UserId,
            CompletedByName = actorName,
            Note = trimmed,
        });
        await db.SaveChangesAsync(cancellationToken);

        var userId = await db.Enrollments.Where(e => e.Id == enrollmentId).Select(e => e.UserId).SingleAsync(cancellationToken);
        await recorder.RecordAsync(userId, cancellationToken);
        return StepActionOutcome.Done;
    }

    // The step must be a current step of the enrollment's own path: a removed step or one of
    // another path is not found.
    private async Task<(OnboardingStep Step, string UserId)?> FindAsync(
        long enrollmentId, long stepKey, CancellationToken cancellationToken)
    {
        var found = await db.Enrollments.AsNoTracking()
            .Where(e => e.Id == enrollmentId)
            .Join(db.OnboardingSteps.AsNoTracking(), e => e.PathId, s => s.PathId, (e, s) => new { e.UserId, Step = s })
            .Where(x => x.Step.Key == stepKey && x.Step.RemovedUtc == null)
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Step, found.UserId);
    }

    [LoggerMessage(EventId = 6310, Level = LogLevel.Information,
        Message = "Enrollment {EnrollmentId}: step {StepId} signed off by {SignedOffBy}")]
    private partial void LogSignedOff(long enrollmentId, string stepId, string signedOffBy);
}
