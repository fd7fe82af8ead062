namespace PlaybookPortal.Core.Skills;

/// <summary>
/// The state of a group on one skill at the end of <paramref name="Day"/>: how many reps have a
/// target, how many of them were assessed by then, how many were below target, and the average
/// gap of the assessed ones (null when nobody was assessed yet).
/// </summary>
public sealed record GapTrendPoint(DateOnly Day, int RepCount, int AssessedCount, int BelowTargetCount, double? AverageGap);
