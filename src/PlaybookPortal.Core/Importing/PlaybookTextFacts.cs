namespace PlaybookPortal.Core.Importing;

/// <summary>What the importer learns from a Markdown body.</summary>
/// <param name="TitleHeading">Plain text of the leading <c>#</c> heading, if any.</param>
/// <param name="FirstParagraph">Plain text of the first paragraph, for a fallback summary.</param>
/// <param name="MaxNestingDepth">Deepest nesting of lists, quotes and other containers.</param>
/// <param name="LinkTargets">Raw targets of links that may point at other playbooks.</param>
public sealed record PlaybookTextFacts(
    string? TitleHeading,
    string? FirstParagraph,
    int MaxNestingDepth,
    IReadOnlyList<string> LinkTargets);
