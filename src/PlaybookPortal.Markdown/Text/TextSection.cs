namespace PlaybookPortal.Markdown.Text;

/// <summary>
/// The readable text under one heading of a rendered playbook, so a search hit can land on the
/// section that matched rather than the top of a long page.
/// </summary>
/// <param name="Anchor">The heading's element id on the page; empty for the lead (text before the first heading).</param>
/// <param name="HeadingPath">The heading and the headings it sits under, outermost first; empty for the lead.</param>
/// <param name="Text">Readable text, one block per line, cleaned like <see cref="RenderedPlaybook.PlainText"/>.</param>
public sealed record TextSection(string Anchor, IReadOnlyList<string> HeadingPath, string Text);
