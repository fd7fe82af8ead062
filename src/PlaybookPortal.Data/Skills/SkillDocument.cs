using PlaybookPortal.Data.Storage;

namespace PlaybookPortal.Data.Skills;

/// <summary>
/// A YAML file of the skills folder (the catalog or the position targets) as imported, so that
/// export writes it back byte for byte while nothing was edited in the portal, and import can
/// tell a file changed on disk from one edited here.
/// </summary>
public class SkillDocument
{
    public int Id { get; set; }

    public SkillDocumentKind Kind { get; set; }

    /// <summary>The text as imported or as last written by the portal.</summary>
    public string Text { get; set; } = "";

    /// <summary>True when the portal changed what the file describes since the last import or export.</summary>
    public bool EditedInPortal { get; set; }

    public ContentSource Source { get; set; } = new();
}
