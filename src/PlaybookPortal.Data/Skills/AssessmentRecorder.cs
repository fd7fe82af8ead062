using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Skills;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.Data.Skills;

/// <summary>
/// Records one assessment from the portal. A manager of the rep's team, an editor or an admin
/// records the official level; the rep (a manager too) assessing themselves records a
/// self-assessment, which never becomes the current level. Nothing is ever updated: each call
/// adds a row to the history.
/// </summary>
public sealed partial class AssessmentRecorder(
    PortalDbContext db, PeopleScope people, AssessmentStepCompleter steps,
    TimeProvider time, ILogger<AssessmentRecorder> logger)
{
    public async Task<AssessmentResult> RecordAsync(
        Reader viewer, string repId, string skillId, int level, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!await people.VisibleTo(viewer).AnyAsync(u => u.Id == repId, cancellationToken))
        {
            return new AssessmentResult(AssessmentOutcome.PersonNotFound);
        }

        // Self first: a manager or editor assessing themselves gives a self-assessment.
        var isSelf = viewer.UserId == repId;
        if (!isSelf && !await people.ManagesQuery(viewer, repId).FirstOrDefaultAsync(cancellationToken))
        {
            return new AssessmentResult(AssessmentOutcome.Refused);
        }

        if (!await db.Skills.AnyAsync(s => s.Id == skillId && !s.IsRetired, cancellationToken))
        {
            return new AssessmentResult(AssessmentOutcome.UnknownSkill);
        }

        if (!SkillLevels.IsValid(level))
        {
            return new AssessmentResult(AssessmentOutcome.InvalidLevel);
        }

        var trimmedNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmedNote?.Length > AssessmentLimits.NoteLength)
        {
            return new AssessmentResult(AssessmentOutcome.NoteTooLong);
        }

        var assessor = await db.Users.AsNoTracking().Where(u => u.Id == viewer.UserId)
            .Select(u => new { u.DisplayName, u.Email }).SingleAsync(cancellationToken);
        var assessment = new Assessment
        {
            UserId = repId, SkillId = skillId, Level = level, AssessorUserId = viewer.UserId,
            AssessorName = assessor.DisplayName, AssessorEmail = assessor.Email ?? "",
            IsSelfAssessment = isSelf, AssessedUtc = time.GetUtcNow().UtcDateTime, Note = trimmedNote,
        };
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);

        if (!isSelf)
        {
            await steps.CompleteReachedStepsAsync(repId, skillId, assessment, cancellationToken);
        }

        LogRecorded(assessment.Id, skillId, isSelf);
        return new AssessmentResult(AssessmentOutcome.Recorded, assessment);
    }

    [LoggerMessage(EventId = 6700, Level = LogLevel.Debug,
        Message = "Assessment {AssessmentId} recorded on skill {SkillId} (self-assessment: {IsSelf})")]
    private partial void LogRecorded(long assessmentId, string skillId, bool isSelf);
}
