namespace PlaybookPortal.Core.Content;

/// <summary>
/// Finds the playbooks, onboarding paths, skills files and position catalog under a content
/// root (PRODUCT.md "Content on disk") without reading more than the first bytes of any file.
/// </summary>
/// <remarks>
/// With a <c>playbooks/</c> folder, playbooks come from there, onboarding paths from
/// <c>onboarding/*.yaml|yml</c>, skills files from <c>skills/**/*.yaml|yml</c> and the
/// catalog from <c>positions.yaml</c>; anything else is skipped. Without one, the whole root
/// is playbooks. Files sharing a slug are all left out with an error naming them, so the
/// result never depends on the order the file system lists files in. Links to folders are
/// never followed and links to files only when they end inside the root. Stateless and
/// thread-safe; the result reflects the disk at the time of the call.
/// </remarks>
public static class ContentDiscovery
{
    /// <summary>The folder that, when present, holds the playbooks.</summary>
    public const string PlaybooksFolder = "playbooks";

    /// <summary>The position catalog at the content root.</summary>
    public const string PositionsFileName = "positions.yaml";

    private const int TextProbeBytes = 8 * 1024;

    /// <summary>Lists the content under <paramref name="contentRoot"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="contentRoot"/> is empty.</exception>
    /// <exception cref="DirectoryNotFoundException">The root does not exist.</exception>
    public static ContentTree Discover(string contentRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot));
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The content root '{root}' does not exist.");
        }

        var walker = new ContentWalker(root);
        walker.Walk();

        var hasPlaybooksFolder = Directory.Exists(Path.Combine(root, PlaybooksFolder));
        var sorter = new ContentSorter(hasPlaybooksFolder);
        foreach (var file in walker.Files)
        {
            sorter.Add(file);
        }

        var (playbooks, duplicates, clashes) =
            Deduplicate(sorter.PlaybookCandidates, hasPlaybooksFolder);
        return new ContentTree
        {
            Root = root,
            PlaybooksRoot = hasPlaybooksFolder ? Path.Combine(root, PlaybooksFolder) : root,
            HasPlaybooksFolder = hasPlaybooksFolder,
            Playbooks = playbooks,
            Skipped = Sorted(walker.Skipped.Concat(sorter.Skipped).Concat(duplicates)),
            OnboardingFiles = Sorted(sorter.OnboardingFiles),
            SkillFiles = Sorted(sorter.SkillFiles),
            PositionsFile = sorter.PositionsFile,
            Problems = [.. walker.Problems, .. clashes],
        };
    }

    /// <summary>
    /// True when the start of the file has no NUL byte, the test for extensionless playbooks.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    internal static bool LooksLikeText(string fullPath)
    {
        using var stream = File.OpenRead(fullPath);
        Span<byte> buffer = stackalloc byte[TextProbeBytes];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return !buffer[..read].Contains((byte)0);
    }

    // Files sharing a slug are all dropped: keeping "the first" would let the file system's
    // listing order decide which page readers get. Categories are worked out before that, so
    // a passing clash does not move every other page to another category.
    private static (List<DiscoveredPlaybook>, List<SkippedFile>, List<ContentProblem>) Deduplicate(
        List<WalkedFile> candidates, bool hasPlaybooksFolder)
    {
        var categoryParent =
            CategoryRules.FindCategoryParent(candidates.Select(c => c.RelativePath));
        var kept = new List<DiscoveredPlaybook>();
        var dropped = new List<SkippedFile>();
        var problems = new List<ContentProblem>();
        var bySlug = candidates
            .Select(c => new DiscoveredPlaybook(
                c.RelativePath,
                c.FullPath,
                SlugRules.FromRelativePath(c.RelativePath),
                CategoryRules.FolderCategory(c.RelativePath, categoryParent)))
            .GroupBy(p => p.Slug, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in bySlug)
        {
            var paths = group
                .Select(p => RootRelative(p.RelativePath, hasPlaybooksFolder))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (paths.Count == 1)
            {
                kept.AddRange(group);
                continue;
            }

            dropped.AddRange(paths.Select(p => new SkippedFile(p, SkipReasons.DuplicateSlug)));
            problems.Add(new ContentProblem(
                paths[0],
                null,
                ProblemSeverity.Error,
                $"{string.Join(" and ", paths.Select(p => $"'{p}'"))} have the same slug " +
                $"'{group.Key}'; none of them is imported until all but one are renamed"));
        }

        kept.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return (kept, dropped, problems);
    }

    private static string RootRelative(string playbookPath, bool hasPlaybooksFolder) =>
        hasPlaybooksFolder ? PlaybooksFolder + "/" + playbookPath : playbookPath;

    private static List<SkippedFile> Sorted(IEnumerable<SkippedFile> skipped) =>
        skipped.OrderBy(s => s.RelativePath, StringComparer.Ordinal).ToList();

    private static List<string> Sorted(IEnumerable<string> paths) =>
        paths.Order(StringComparer.Ordinal).ToList();
}
