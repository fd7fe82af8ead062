namespace PlaybookPortal.Core.Skills.Gaps;

/// <summary>A row of the gap matrix: one rep with what the filters and labels need.</summary>
public sealed record MatrixRep(string UserId, string Name, string Email, string? TeamName, string? PositionId);
