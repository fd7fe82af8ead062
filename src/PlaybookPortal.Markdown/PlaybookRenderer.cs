using System.Net;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using PlaybookPortal.Markdown.Kramdown;
using PlaybookPortal.Markdown.Limits;
using PlaybookPortal.Markdown.Outline;
using PlaybookPortal.Markdown.Pipeline;
using PlaybookPortal.Markdown.Sanitizing;

namespace PlaybookPortal.Markdown;

/// <summary>
/// Renders a playbook body to sanitized HTML: handbook quirks rewritten, Markdig, iframes to
/// links, sanitizing, heading anchors and internal-link placeholders. Never throws for any
/// input: what cannot be rendered safely comes back as escaped text with a notice.
/// Build one and share it; it is thread-safe.
/// </summary>
public sealed class PlaybookRenderer
{
    private readonly MarkdownPipeline _pipeline = MarkdownPipelineFactory.Create();
    private readonly HtmlSanitizer _sanitizer = PortalSanitizer.Create();

    public RenderedPlaybook Render(string markdownBody, RenderRequest request)
    {
        ArgumentNullException.ThrowIfNull(markdownBody);
        ArgumentNullException.ThrowIfNull(request);

        if (markdownBody.Length > RenderLimits.MaxCharacters)
        {
            return Degraded(markdownBody, "This playbook is too large to display formatted; it is shown as plain text.");
        }

        try
        {
            return RenderSafely(markdownBody, request);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Degraded(markdownBody, "This playbook could not be formatted; it is shown as plain text.");
        }
    }

    private RenderedPlaybook RenderSafely(string markdownBody, RenderRequest request)
    {
        var document = Markdig.Markdown.Parse(KramdownPreprocessor.Process(markdownBody), _pipeline);
        if (NestingDepth.Of(document) > RenderLimits.MaxMarkdownNesting)
        {
            return Degraded(markdownBody, "This playbook is nested too deeply to display formatted; it is shown as plain text.");
        }

        if (request.DropFirstTitleHeading)
        {
            TitleHeading.Remove(document);
        }

        var html = ToHtml(document);
        var page = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = page.Body!;
        body.InnerHtml = html;
        if (NestingDepth.Of(body) > RenderLimits.MaxHtmlNesting)
        {
            return Degraded(markdownBody, "This playbook's HTML is nested too deeply to display; it is shown as plain text.");
        }

        EmbedRewriter.Rewrite(body);
        _sanitizer.SanitizeDom(page, body);
        var (headings, links) = HtmlFinisher.Finish(body);
        return new RenderedPlaybook(body.InnerHtml, headings, links, PlainTextExtractor.Extract(body), false, null);
    }

    private string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private static RenderedPlaybook Degraded(string source, string notice) => new(
        $"<pre class=\"degraded-source\">{WebUtility.HtmlEncode(source)}</pre>", [], [], source, true, notice);
}
