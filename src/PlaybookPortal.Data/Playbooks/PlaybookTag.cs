namespace PlaybookPortal.Data.Playbooks;

/// <summary>A free keyword on a playbook, lower-cased for matching.</summary>
public class PlaybookTag
{
    public string PlaybookId { get; set; } = "";

    public string Tag { get; set; } = "";
}
