using PlaybookPortal.Core.Content;
using PlaybookPortal.Markdown.Limits;
using PlaybookPortal.Markdown.Sanitizing;
using PlaybookPortal.Markdown.Text;

namespace PlaybookPortal.Markdown.Pipeline;

/// <summary>
/// The fallback for content the renderer will not or cannot format: the source escaped as
/// preformatted text with a notice, never an error page (PRODUCT.md, content limits).
/// </summary>
internal static class DegradedPlaybook
{
    private const string Prefix = "This playbook is shown as plain source text because ";

    public static RenderedPlaybook ForLimits(string source, IReadOnlyList<LimitViolation> violations)
    {
        var reasons = string.Join(' ', violations.Select(static violation => violation.Message));
        return Create(source, Prefix + "it exceeds a content limit. " + reasons);
    }

    public static RenderedPlaybook ForFailure(string source) =>
        Create(source, Prefix + "the portal could not format it.");

    private static RenderedPlaybook Create(string source, string notice)
    {
        // Search still gets the words, bounded like the content itself.
        var text = source.Length > ContentLimits.MaxBytes
            ? source[..ContentLimits.MaxBytes]
            : source;
        var html = SanitizedHtmlWriter.WriteSourceAsText(source);
        var plainText = PlainTextCleaner.Clean(text);
        return new RenderedPlaybook(html, [], [], plainText, [new TextSection("", [], plainText)], true, notice);
    }
}
