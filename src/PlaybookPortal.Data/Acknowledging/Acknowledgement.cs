namespace PlaybookPortal.Data.Acknowledging;

/// <summary>
/// A reader's confirmation that they read one revision of a playbook. Bound to the revision,
/// so a later material change asks again while the history of what they confirmed stays.
/// </summary>
public class Acknowledgement
{
    public long Id { get; set; }

    public string PlaybookId { get; set; } = "";

    public string UserId { get; set; } = "";

    public long RevisionId { get; set; }

    public DateTime AcknowledgedUtc { get; set; }
}
