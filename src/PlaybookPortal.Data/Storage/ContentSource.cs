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

    /// <summary>
    /// True when the file sat under the root's <c>playbooks/</c> folder, so export writes it
    /// back there; false for a handbook imported as it is.
    /// </summary>
    public bool InPlaybooksFolder { get; set; }

    /// <summary>
    /// The revision the file on disk matches, as of the last import or export. A later
    /// revision means the playbook was edited in the portal since; null for rows written
    /// before this was recorded, which fall back to comparing hashes.
    /// </summary>
    public long? SyncedRevisionId { get; set; }
}
