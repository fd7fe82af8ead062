namespace PlaybookPortal.Data.Playbooks;

/// <summary>
/// An internal link found in a playbook's current revision, by target slug, so related
/// playbooks can follow links in either direction without rendering.
/// </summary>
public class PlaybookLink
{
    public string PlaybookId { get; set; } = "";

    public string TargetSlug { get; set; } = "";
}
