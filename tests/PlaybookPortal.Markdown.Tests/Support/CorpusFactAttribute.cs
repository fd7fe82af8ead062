namespace PlaybookPortal.Markdown.Tests.Support;

/// <summary>A fact that is skipped, with a reason, when the corpus is not available.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (CorpusLocator.Directory is null)
        {
            Skip = $"Handbook corpus not found: set {CorpusLocator.Variable} or place it at "
                + "<repository>/../shared/corpus.";
        }
    }
}
