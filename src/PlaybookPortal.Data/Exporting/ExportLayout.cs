using PlaybookPortal.Core.Content;
using PlaybookPortal.Data.Storage;

namespace PlaybookPortal.Data.Exporting;

/// <summary>
/// Where each playbook's file goes below the export folder: an imported playbook to its
/// original relative path (under <c>playbooks/</c> when it came from one), a playbook created
/// in the portal to its slug plus <c>.md</c>.
/// </summary>
/// <remarks>
/// A playbook created in the portal goes under <c>playbooks/</c> when the folder has one, when
/// any exported playbook was imported from one, or when none was imported at all (the
/// portal's own layout, as in <c>content/</c>). Only when every imported playbook came from a
/// handbook without that folder, and the folder has none, does it go beside them at the root:
/// a <c>playbooks/</c> folder there would make the next import read nothing else.
/// </remarks>
internal sealed class ExportLayout
{
    private readonly bool _newOnesInPlaybooksFolder;

    private ExportLayout(string root, bool newOnesInPlaybooksFolder)
    {
        Root = root;
        _newOnesInPlaybooksFolder = newOnesInPlaybooksFolder;
    }

    public string Root { get; }

    /// <summary>True when the export is a content root (playbooks under <c>playbooks/</c>), not a bare handbook.</summary>
    public bool IsContentRoot => _newOnesInPlaybooksFolder;

    public static ExportLayout For(string root, IEnumerable<ContentSource?> sources)
    {
        var imported = sources.OfType<ContentSource>().ToList();
        var playbooksFolder = Directory.Exists(Path.Combine(root, ContentDiscovery.PlaybooksFolder))
            || imported.Count == 0
            || imported.Exists(s => s.InPlaybooksFolder);
        return new ExportLayout(root, playbooksFolder);
    }

    /// <summary>The file's path below the export folder, with '/' separators.</summary>
    public string PathOf(ContentSource? source, string slug) => source is null
        ? Prefix(_newOnesInPlaybooksFolder) + slug + ".md"
        : Prefix(source.InPlaybooksFolder) + source.RelativePath;

    /// <summary>The export path of a moved playbook's old file, given relative to its playbooks root.</summary>
    public static string OldPathOf(ContentSource source, string playbookRelativePath) =>
        Prefix(source.InPlaybooksFolder) + playbookRelativePath;

    /// <summary>
    /// The full path of <paramref name="relativePath"/>, or null when it would leave the export
    /// folder (a stored path is data, and data never chooses where the portal writes).
    /// </summary>
    public string? FullPathOf(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        return full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private static string Prefix(bool inPlaybooksFolder) =>
        inPlaybooksFolder ? ContentDiscovery.PlaybooksFolder + "/" : "";
}
