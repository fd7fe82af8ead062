namespace PlaybookPortal.Core.Content;

/// <summary>A file that <see cref="ContentDiscovery"/> found to be a playbook.</summary>
/// <param name="RelativePath">
/// '/'-separated path relative to <see cref="ContentTree.PlaybooksRoot"/>.
/// </param>
/// <param name="FullPath">The absolute path to read the file from.</param>
/// <param name="Slug">By <see cref="SlugRules.FromRelativePath"/>; unique in the tree.</param>
/// <param name="FolderCategory">By <see cref="CategoryRules"/>; null is shown as "General".</param>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed record DiscoveredPlaybook(
    string RelativePath,
    string FullPath,
    string Slug,
    string? FolderCategory);
