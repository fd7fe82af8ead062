namespace PlaybookPortal.Core.Tests.Support;

/// <summary>
/// Finds the real handbooks the corpus tests read: PORTAL_CORPUS_DIR when set, else
/// <c>../shared/corpus</c> beside the folder holding PlaybookPortal.sln.
/// </summary>
internal static class CorpusLocator
{
    public const string EnvironmentVariable = "PORTAL_CORPUS_DIR";

    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The corpus folder, or null when it is not on this machine.</summary>
    public static string? CorpusRoot => Root.Value;

    /// <summary>The folder of one corpus (e.g. gitlab-sales), or null when absent.</summary>
    public static string? Find(string corpus)
    {
        var folder = CorpusRoot is null ? null : Path.Combine(CorpusRoot, corpus);
        return folder is not null && Directory.Exists(folder) ? folder : null;
    }

    /// <summary>Like <see cref="Find"/>, for tests that were not skipped.</summary>
    public static string Require(string corpus) =>
        Find(corpus) ?? throw new InvalidOperationException($"Corpus '{corpus}' is missing.");

    private static string? FindRoot()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        for (; folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PlaybookPortal.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "corpus"));
                return Directory.Exists(corpus) ? corpus : null;
            }
        }

        return null;
    }
}
