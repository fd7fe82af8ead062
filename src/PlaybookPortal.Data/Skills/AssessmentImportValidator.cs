using System.Globalization;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Csv;
using PlaybookPortal.Core.Skills;

namespace PlaybookPortal.Data.Skills;

/// <summary>
/// Decides what each row of an assessments CSV does, checking every rule and collecting every
/// error of a row. Looks people, skills and stored assessments up in a fixed number of queries.
/// </summary>
public sealed class AssessmentImportValidator(PortalDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<AssessmentImportRow>> ValidateAsync(
        Reader viewer, IReadOnlyList<CsvRow> rows, CancellationToken cancellationToken)
    {
        var lookups = await AssessmentImportLookups.LoadAsync(db, viewer, rows, cancellationToken);
        var seen = new Dictionary<AssessmentKey, int>();

        // A little slack for clocks that disagree; beyond it a date in the future is a typing
        // slip that would outrank every real assessment made until then.
        var latestAccepted = time.GetUtcNow().UtcDateTime.AddMinutes(5);
        var result = new List<AssessmentImportRow>(rows.Count);
        foreach (var row in rows)
        {
            result.Add(Validate(row, viewer, lookups, seen, latestAccepted));
        }

        return result;
    }

    private static AssessmentImportRow Validate(
        CsvRow row, Reader viewer, AssessmentImportLookups lookups, Dictionary<AssessmentKey, int> seen,
        DateTime latestAccepted)
    {
        var repEmail = row[AssessmentCsvColumns.RepEmail].Trim();
        var skillText = row[AssessmentCsvColumns.SkillId].Trim();
        var assessorEmail = row[AssessmentCsvColumns.AssessorEmail].Trim();
        var note = row[AssessmentCsvColumns.Note];
        var errors = new List<string>();
        var notices = new List<string>();

        var rep = lookups.Rep(repEmail, viewer, errors);
        var skill = lookups.Skill(skillText, errors, notices);
        if (!AssessmentLevelText.TryParse(row[AssessmentCsvColumns.Level], out var level, out var levelError))
        {
            errors.Add(levelError ?? "level is not valid");
        }

        var hasTime = AssessmentTimeText.TryParse(row[AssessmentCsvColumns.AssessedAtUtc], out var assessedUtc, out var timeError);
        AddIf(errors, timeError);
        if (hasTime && assessedUtc > latestAccepted)
        {
            errors.Add("assessed_at_utc " + assessedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + " is in the future");
        }

        var assessor = lookups.Assessor(assessorEmail, rep, errors, notices);
        if (rep is not null && !lookups.Manages(rep.Id) && assessor?.Id != rep.Id)
        {
            errors.Add("for yourself you may import self-assessments only (assessor_email must be yours)");
        }
        else if (rep is not null && viewer.Role < PermissionRole.Editor && assessor?.Id != viewer.UserId)
        {
            // Editors bring in history recorded by others; a manager speaks only for themself,
            // never in another manager's name or as the rep's own self-assessment.
            errors.Add("assessor_email must be your own: a manager imports the assessments they made");
        }

        if (note.Length > AssessmentLimits.NoteLength)
        {
            errors.Add($"note is {note.Length} characters long; at most {AssessmentLimits.NoteLength} are kept");
        }

        AssessmentImportRow Row(AssessmentImportAction action, Assessment? pending = null) => new(
            row.Line, action, repEmail, skill?.Id ?? skillText, level, assessorEmail,
            hasTime ? assessedUtc : null, errors, notices, pending);

        if (errors.Count > 0 || rep is null || skill is null)
        {
            return Row(AssessmentImportAction.Error);
        }

        if (level is null)
        {
            notices.Add("empty level: not assessed, nothing recorded");
            return Row(AssessmentImportAction.NotAssessed);
        }

        var key = new AssessmentKey(rep.Id, skill.Id, assessedUtc.Ticks, level.Value, assessorEmail.ToUpperInvariant());
        if (lookups.Stored.Contains(key))
        {
            notices.Add("already present: this assessment is stored already");
            return Row(AssessmentImportAction.AlreadyPresent);
        }

        if (seen.TryGetValue(key, out var firstLine))
        {
            notices.Add($"already present: repeats line {firstLine}");
            return Row(AssessmentImportAction.AlreadyPresent);
        }

        seen[key] = row.Line;
        var isSelf = assessor?.Id == rep.Id;
        var pending = new Assessment
        {
            UserId = rep.Id, SkillId = skill.Id, Level = level.Value, AssessorUserId = assessor?.Id,
            AssessorName = assessor?.Name ?? assessorEmail, AssessorEmail = assessor?.Email ?? assessorEmail,
            IsSelfAssessment = isSelf,
            AssessedUtc = assessedUtc, Note = note.Length == 0 ? null : note,
        };
        return Row(isSelf ? AssessmentImportAction.AddSelf : AssessmentImportAction.Add, pending);
    }

    private static void AddIf(List<string> errors, string? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
