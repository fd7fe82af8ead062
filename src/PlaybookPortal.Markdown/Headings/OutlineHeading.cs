namespace PlaybookPortal.Markdown.Headings;

/// <summary>
/// One heading of a playbook, for the table of contents and for search hits that land on a
/// section.
/// </summary>
/// <param name="Level">1 to 6, as in the source.</param>
/// <param name="Text">Plain text: no markup, HTML tags or stray <c>**</c>.</param>
/// <param name="Anchor">The heading's element id in the rendered HTML, unique in the page.</param>
public sealed record OutlineHeading(int Level, string Text, string Anchor);
