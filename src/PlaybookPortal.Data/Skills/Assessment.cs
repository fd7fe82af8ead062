namespace PlaybookPortal.Data.Skills;

/// <summary>
/// A rep's level on a skill as someone judged it at a moment. Never updated: the history is
/// the list of assessments, and the current level is the latest by a manager or editor.
/// </summary>
public class Assessment
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public string SkillId { get; set; } = "";

    public int Level { get; set; }

    /// <summary>Who judged; equals <see cref="UserId"/> for a self-assessment.</summary>
    public string? AssessorUserId { get; set; }

    /// <summary>The assessor's name at the time (or as imported when no such user exists).</summary>
    public string AssessorName { get; set; } = "";

    /// <summary>The assessor's email at the time, so an export re-imports exactly.</summary>
    public string AssessorEmail { get; set; } = "";

    public bool IsSelfAssessment { get; set; }

    public DateTime AssessedUtc { get; set; }

    public string? Note { get; set; }
}
