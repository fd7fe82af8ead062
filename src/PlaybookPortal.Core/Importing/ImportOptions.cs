namespace PlaybookPortal.Core.Importing;

/// <summary>How an import treats vanished files and conflicts.</summary>
/// <param name="Prune">Archive playbooks whose file disappeared from the folder they came from.</param>
/// <param name="Force">Overwrite playbooks edited in the portal since their last import.</param>
/// <param name="AuthorName">Shown as the author of the revisions the import creates.</param>
/// <param name="Minor">
/// The changes are minor (typos): readers of playbooks that require acknowledgement are not
/// asked again. Imported changes are material unless the import says so.
/// </param>
public sealed record ImportOptions(
    bool Prune = false, bool Force = false, string AuthorName = "import", bool Minor = false);
