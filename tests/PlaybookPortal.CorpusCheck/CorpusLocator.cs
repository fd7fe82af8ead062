namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// Finds the real handbooks: PORTAL_CORPUS_DIR when set, else <c>../shared/corpus</c> beside
/// the folder holding PlaybookPortal.sln. The corpus is never copied into the repository, so
/// the check has to find it where the machine keeps it. Also finds the repository's own
/// starter content, which is searched whether or not the corpus is present.
/// </summary>
internal static class CorpusLocator
{
    public const string EnvironmentVariable = "PORTAL_CORPUS_DIR";

    /// <summary>The corpora the check runs over, in the order it prints them.</summary>
    public static readonly IReadOnlyList<string> Corpora = ["gitlab-sales", "sourcegraph-gtm", "skills"];

    /// <summary>
    /// Where the corpus is expected: the configured folder, or the default beside the
    /// repository (null only when neither a setting nor the solution can be found).
    /// </summary>
    public static string? ExpectedRoot()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        return SolutionFolder() is { } solution
            ? Path.GetFullPath(Path.Combine(solution, "..", "shared", "corpus"))
            : null;
    }

    /// <summary>The repository's <c>content</c> folder, or null when the solution cannot be found.</summary>
    public static string? StarterContentRoot() =>
        SolutionFolder() is { } solution && Directory.Exists(Path.Combine(solution, "content"))
            ? Path.Combine(solution, "content")
            : null;

    private static string? SolutionFolder()
    {
        // Start from the binaries and from the working directory: `dotnet run` may be started
        // from anywhere, but one of the two lies inside the repository.
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "PlaybookPortal.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        return null;
    }
}
