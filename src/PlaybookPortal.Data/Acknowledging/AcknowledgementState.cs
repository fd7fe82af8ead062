namespace PlaybookPortal.Data.Acknowledging;

/// <summary>Where a reader stands with a playbook that asks for acknowledgement.</summary>
public enum AcknowledgementState
{
    /// <summary>Acknowledged the latest material revision or a later one.</summary>
    UpToDate = 0,

    /// <summary>Acknowledged an earlier revision only; a material change since waits.</summary>
    Older = 1,

    /// <summary>Never acknowledged any revision.</summary>
    None = 2,
}
