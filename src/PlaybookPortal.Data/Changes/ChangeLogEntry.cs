namespace PlaybookPortal.Data.Changes;

/// <summary>One numbered change to a playbook that the search index must apply.</summary>
public class ChangeLogEntry
{
    public long ChangeNumber { get; set; }

    public string PlaybookId { get; set; } = "";

    public ChangeKind Kind { get; set; }

    public DateTime CreatedUtc { get; set; }
}
