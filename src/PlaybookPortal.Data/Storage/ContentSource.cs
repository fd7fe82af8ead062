namespace PlaybookPortal.Data.Storage;

/// <summary>
/// Where an imported item came from, so that a re-import can tell unchanged, changed, moved
/// and vanished files apart.
/// </summary>
public class ContentSource
{
    public string Folder { get; set; } = "";

    public string RelativePath { get; set; } = "";

    public string ContentHash { get; set; } = "";
}
