namespace PlaybookPortal.Data.Skills;

/// <summary>Which reps a gap matrix covers, within what the viewer may see: a team, a position, or both; neither means everyone.</summary>
public sealed record MatrixFilter(int? TeamId, string? PositionId)
{
    public static MatrixFilter Everyone { get; } = new(null, null);
}
