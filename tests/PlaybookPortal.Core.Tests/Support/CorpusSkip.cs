namespace PlaybookPortal.Core.Tests.Support;

internal static class CorpusSkip
{
    /// <summary>Null when every named corpus is present, else why the test cannot run.</summary>
    public static string? ReasonFor(IEnumerable<string> corpora)
    {
        var missing = corpora.Where(c => CorpusLocator.Find(c) is null).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        return $"Corpus {string.Join(", ", missing)} not found: set " +
            $"{CorpusLocator.EnvironmentVariable} to the folder holding the real handbooks, " +
            "or place them in ../shared/corpus beside the repository.";
    }
}
