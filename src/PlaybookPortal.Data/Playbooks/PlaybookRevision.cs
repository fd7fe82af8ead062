namespace PlaybookPortal.Data.Playbooks;

/// <summary>One stored version of a playbook's source text, kept verbatim and never changed.</summary>
public class PlaybookRevision
{
    public long Id { get; set; }

    public string PlaybookId { get; set; } = "";

    public int Number { get; set; }

    public string SourceText { get; set; } = "";

    public string ContentHash { get; set; } = "";

    public string? AuthorId { get; set; }

    public string AuthorName { get; set; } = "";

    public string Message { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
