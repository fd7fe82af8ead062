namespace PlaybookPortal.Core.Skills;

/// <summary>The columns of an assessments CSV file, in the order export writes them.</summary>
public static class AssessmentCsvColumns
{
    public const string RepEmail = "rep_email";

    public const string SkillId = "skill_id";

    public const string Level = "level";

    public const string AssessorEmail = "assessor_email";

    public const string AssessedAtUtc = "assessed_at_utc";

    public const string Note = "note";

    public static readonly IReadOnlyList<string> All = [RepEmail, SkillId, Level, AssessorEmail, AssessedAtUtc, Note];
}
