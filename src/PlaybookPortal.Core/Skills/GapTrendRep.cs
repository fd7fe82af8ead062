namespace PlaybookPortal.Core.Skills;

/// <summary>A rep counted in a <see cref="GapTrend"/>, with their position's target on the skill.</summary>
public sealed record GapTrendRep(string UserId, int Target);
