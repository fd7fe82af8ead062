using Markdig.Syntax;

namespace PlaybookPortal.Markdown.Pipeline;

/// <summary>
/// A playbook parsed and cleaned up: kramdown attribute lines applied, table-of-contents block
/// removed, every heading given its anchor.
/// </summary>
/// <param name="Document">The syntax tree; renderers may still change it.</param>
/// <param name="Headings">Every heading in document order, the title included.</param>
/// <param name="Title">The heading used as the page title, if there is one.</param>
internal sealed record PlaybookDocument(
    MarkdownDocument Document,
    IReadOnlyList<ParsedHeading> Headings,
    ParsedHeading? Title);
