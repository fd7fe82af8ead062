using PlaybookPortal.Markdown.Headings;

namespace PlaybookPortal.Markdown.Outline;

/// <summary>What import and lists need to know about a playbook body without rendering it.</summary>
/// <param name="Title">
/// Plain text of the first <c># heading</c> when it opens the page or comes before any other
/// heading; null otherwise (the caller then falls back to the file name).
/// </param>
/// <param name="FirstParagraph">
/// Plain text of the first real paragraph (kramdown blocks, comments and placeholders skipped),
/// at most about 300 characters, cut at a word; null when there is none. The summary default.
/// </param>
/// <param name="Headings">Every heading in order, the title included.</param>
/// <param name="MaxNestingDepth">Deepest nesting of lists, block quotes and callouts.</param>
public sealed record MarkdownOutline(
    string? Title,
    string? FirstParagraph,
    IReadOnlyList<OutlineHeading> Headings,
    int MaxNestingDepth);
