namespace PlaybookPortal.Markdown.Text;

/// <summary>A page's readable text, whole and by section.</summary>
internal sealed record ExtractedText(string PlainText, IReadOnlyList<TextSection> Sections);
