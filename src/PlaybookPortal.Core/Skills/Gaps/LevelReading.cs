namespace PlaybookPortal.Core.Skills.Gaps;

/// <summary>One assessment as the matrix shows it: the level, who judged and when (UTC).</summary>
public sealed record LevelReading(int Level, string AssessorName, DateTime AssessedUtc);
