namespace PlaybookPortal.Data.Playbooks;

/// <summary>
/// A slug a playbook had before it was moved or renamed, so old links and bookmarks still
/// lead to it (for readers who may read it).
/// </summary>
public class PlaybookSlugAlias
{
    public string Slug { get; set; } = "";

    public string PlaybookId { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
