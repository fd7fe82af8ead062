namespace PlaybookPortal.Markdown;

/// <summary>What the importer reads from a body without rendering it.</summary>
/// <param name="Title">Plain text of a leading level-1 heading, or null.</param>
/// <param name="FirstParagraph">Plain text of the first real paragraph (about 300 characters at most).</param>
/// <param name="Headings">Headings with the anchors the renderer gives them.</param>
/// <param name="MaxNestingDepth">Deepest nesting of lists, quotes and other containers.</param>
/// <param name="LinkTargets">Targets of Markdown and HTML links, as written (no images).</param>
public sealed record MarkdownOutline(
    string? Title,
    string? FirstParagraph,
    IReadOnlyList<OutlineHeading> Headings,
    int MaxNestingDepth,
    IReadOnlyList<string> LinkTargets);
