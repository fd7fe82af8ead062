namespace PlaybookPortal.Core.Tests.Support;

/// <summary>A fact that reads real handbooks, skipped with a reason when they are absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute(params string[] corpora)
    {
        Corpora = corpora;
        Skip = CorpusSkip.ReasonFor(corpora);
    }

    public IReadOnlyList<string> Corpora { get; }
}
