namespace PlaybookPortal.Data.Acknowledging;

/// <summary>One reader in a playbook's audience and what they have acknowledged.</summary>
public sealed record AcknowledgementStatus(
    string UserId,
    string DisplayName,
    string Email,
    string? TeamName,
    string? PositionId,
    AcknowledgementState State,
    int? AcknowledgedRevisionNumber,
    DateTime? AcknowledgedUtc);
