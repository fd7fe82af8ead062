using Markdig;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>
/// Rewrites a copy of a playbook's source before parsing so that handbooks written for kramdown
/// and ERB render as their authors meant (QUIRKS.md rows 1–4, 9). The stored text is never
/// changed. Code blocks and code spans are left exactly as written.
/// </summary>
internal sealed class KramdownPreprocessor(MarkdownPipeline locatingPipeline)
{
    public string Prepare(string source)
    {
        var text = source.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        var masked = CodeRegionMask.Mask(text, locatingPipeline);
        var edits = new SourceEdits();

        // Order matters where edits overlap: the first edit to claim a range wins, so template
        // tags are claimed before the angle-bracket escaper could touch their contents.
        AttributeListRewriter.Collect(masked, edits);
        LineBreakLineRewriter.Collect(masked, edits);
        TemplateTagRewriter.Collect(masked, edits);
        MarkdownInHtmlRewriter.Collect(masked, edits);
        AngleBracketEscaper.Collect(masked, edits);
        return edits.ApplyTo(text);
    }
}
