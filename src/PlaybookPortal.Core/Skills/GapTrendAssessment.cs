namespace PlaybookPortal.Core.Skills;

/// <summary>
/// An official assessment fed to <see cref="GapTrend"/>. <paramref name="Order"/> breaks ties
/// between assessments at the same instant (the later-recorded one wins, as for the current level).
/// </summary>
public sealed record GapTrendAssessment(string UserId, int Level, DateTime AssessedUtc, long Order);
