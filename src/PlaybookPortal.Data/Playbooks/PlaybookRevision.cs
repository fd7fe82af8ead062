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

    /// <summary>The revision the edit started from; null for imports and new playbooks.</summary>
    public long? BaseRevisionId { get; set; }

    /// <summary>When the revision was released to readers; null while pending or never published.</summary>
    public DateTime? PublishedUtc { get; set; }

    /// <summary>Who released it; the author, unless an editor published someone's pending edit.</summary>
    public string? PublishedByName { get; set; }

    /// <summary>
    /// A material change asks readers of a playbook that requires acknowledgement to confirm
    /// it; a minor one (a typo) asks nothing.
    /// </summary>
    public bool IsMaterial { get; set; }
}
