namespace PlaybookPortal.Data.Skills;

/// <summary>
/// What makes two assessments the same one for import: rep, skill, instant (to the tick),
/// level and assessor email (upper-cased, as Identity normalises emails).
/// </summary>
internal readonly record struct AssessmentKey(string UserId, string SkillId, long Ticks, int Level, string AssessorEmail);
