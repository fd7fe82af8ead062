namespace PlaybookPortal.Core.Tests.Support;

/// <summary>A theory over real handbooks, skipped with a reason when they are absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute(params string[] corpora)
    {
        Corpora = corpora;
        Skip = CorpusSkip.ReasonFor(corpora);
    }

    public IReadOnlyList<string> Corpora { get; }
}
