namespace PlaybookPortal.Markdown.Tests.Support;

/// <summary>
/// Finds the real handbook corpus. It is never copied into the repository: tests read it from
/// <c>PORTAL_CORPUS_DIR</c>, or from <c>shared/corpus</c> beside the repository root.
/// </summary>
public static class CorpusLocator
{
    public const string Variable = "PORTAL_CORPUS_DIR";

    public static readonly string[] Folders = ["gitlab-sales", "sourcegraph-gtm", "skills"];

    private static readonly Lazy<string?> Location = new(Locate);

    /// <summary>The corpus folder, or null when it is not available here.</summary>
    public static string? Directory => Location.Value;

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return System.IO.Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        for (; folder is not null; folder = folder.Parent)
        {
            if (folder.GetFiles("*.sln").Length == 0 || folder.Parent is null)
            {
                continue;
            }

            var candidate = Path.Combine(folder.Parent.FullName, "shared", "corpus");
            return System.IO.Directory.Exists(candidate) ? candidate : null;
        }

        return null;
    }
}
