namespace PlaybookPortal.Bench.Generating;

/// <summary>One generated file: where it goes below <c>playbooks/</c> and its full source.</summary>
public sealed record GeneratedPlaybook(string Category, string Name, string Source, IReadOnlyList<string> Anchors)
{
    public string RelativePath => $"{Category}/{Name}.md";

    public PlaybookLinkTarget AsLinkTarget() => new(Category, Name, Anchors);
}
