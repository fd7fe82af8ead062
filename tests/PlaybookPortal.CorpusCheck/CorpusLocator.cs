namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// Finds the real handbooks: PORTAL_CORPUS_DIR when set, else <c>../shared/corpus</c> beside
/// the folder holding PlaybookPortal.sln. The corpus is never copied into the repository, so
/// the check has to find it where the machine keeps it.
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

        // Start from the binaries and from the working directory: `dotnet run` may be started
        // from anywhere, but one of the two lies inside the repository.
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "PlaybookPortal.sln")))
                {
                    return Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "corpus"));
                }
            }
        }

        return null;
    }
}
