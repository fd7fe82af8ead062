namespace PlaybookPortal.Data.Skills;

/// <summary>
/// One row of an assessments CSV as the preview shows it: its line, what importing it does,
/// every error (all of them, not the first) and any notice. <see cref="Pending"/> is the row
/// to add when the action adds one.
/// </summary>
public sealed record AssessmentImportRow(
    int Line,
    AssessmentImportAction Action,
    string RepEmail,
    string SkillId,
    int? Level,
    string AssessorEmail,
    DateTime? AssessedUtc,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Notices,
    Assessment? Pending)
{
    public bool Adds => Action is AssessmentImportAction.Add or AssessmentImportAction.AddSelf;
}
