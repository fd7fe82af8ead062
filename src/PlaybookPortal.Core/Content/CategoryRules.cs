namespace PlaybookPortal.Core.Content;

/// <summary>
/// The folder category of playbooks (PRODUCT.md "Content on disk"): the first folder below
/// the root at which the tree of folders branches. Only folders that hold playbooks, at
/// any depth, make up the tree, and files beside the folders do not count: a handbook whose
/// pages all sit under <c>handbook/</c>, next to a notice file, takes its categories from
/// the folders inside <c>handbook/</c>.
/// </summary>
/// <remarks>
/// A page that is not inside one of the category folders (at the root, or directly in a
/// folder above the branching level such as <c>handbook/index.html.md</c>) has no folder
/// category: null, shown as "General". When no level branches, every page has null.
/// Stateless and thread-safe.
/// </remarks>
public static class CategoryRules
{
    /// <summary>
    /// The folder, '/'-separated and relative to the playbooks root ("" for the root
    /// itself), whose subfolders are the categories for this set of playbooks.
    /// </summary>
    /// <param name="playbookPaths">Playbook paths relative to the playbooks root.</param>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    public static string FindCategoryParent(IEnumerable<string> playbookPaths)
    {
        ArgumentNullException.ThrowIfNull(playbookPaths);

        var folders = playbookPaths.Select(FolderSegments).ToList();
        var parent = new List<string>();
        while (true)
        {
            // The distinct next folders below the current parent, among the pages under it.
            var children = folders
                .Where(segments => segments.Length > parent.Count && StartsWith(segments, parent))
                .Select(segments => segments[parent.Count])
                .Distinct(StringComparer.Ordinal)
                .Take(2)
                .ToList();
            if (children.Count != 1)
            {
                return string.Join('/', parent);
            }

            parent.Add(children[0]);
        }
    }

    /// <summary>
    /// The folder category of one playbook: the name of its first folder below
    /// <paramref name="categoryParent"/>, as written on disk; null when it has none.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string? FolderCategory(string playbookPath, string categoryParent)
    {
        ArgumentNullException.ThrowIfNull(playbookPath);
        ArgumentNullException.ThrowIfNull(categoryParent);

        var folders = FolderSegments(playbookPath);
        var parent = categoryParent.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return folders.Length > parent.Length && StartsWith(folders, parent)
            ? folders[parent.Length]
            : null;
    }

    /// <summary>The folder category of each path, in the given order.</summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    public static IReadOnlyList<string?> Assign(IReadOnlyList<string> playbookPaths)
    {
        var parent = FindCategoryParent(playbookPaths);
        return playbookPaths.Select(path => FolderCategory(path, parent)).ToList();
    }

    // The folders a file sits in, outermost first, without the file name.
    private static string[] FolderSegments(string path)
    {
        var segments = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments[..^Math.Min(1, segments.Length)];
    }

    private static bool StartsWith(string[] segments, IReadOnlyList<string> prefix) =>
        prefix.Select((segment, i) => segments[i] == segment).All(same => same);
}
