using System.Globalization;
using Markdig.Renderers.Html;
using Markdig.Renderers;
using Markdig.Syntax;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Markdown.Limits;
using PlaybookPortal.Markdown.Pipeline;
using PlaybookPortal.Markdown.Sanitizing;

namespace PlaybookPortal.Markdown;

/// <summary>
/// Renders playbook bodies (front matter already removed) to sanitized HTML, outline and plain
/// text. Build one and share it: construction sets up the Markdig pipeline and the sanitizer,
/// and <see cref="Render"/> is thread-safe.
/// </summary>
/// <remarks>
/// <see cref="Render"/> never throws for content. Content over a <see cref="ContentLimits"/>
/// limit, or content Markdig refuses, comes back <see cref="RenderedPlaybook.Degraded"/>: the
/// source escaped in <c>&lt;pre class="degraded-source"&gt;</c> with a notice.
/// </remarks>
public sealed class PlaybookRenderer
{
    private readonly string _idPrefix;
    private readonly PlaybookDocumentParser _parser;
    private readonly PlaybookHtmlSanitizer _sanitizer;

    public PlaybookRenderer()
    {
        _idPrefix = ElementIdPrefix.Create();
        _parser = new PlaybookDocumentParser(
            PlaybookPipelineFactory.Create(_idPrefix),
            PlaybookPipelineFactory.Create(_idPrefix, preciseSourceLocation: true));
        _sanitizer = new PlaybookHtmlSanitizer(_idPrefix);
    }

    /// <summary>Renders <paramref name="markdownBody"/> as <paramref name="request"/> asks.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RenderedPlaybook Render(string markdownBody, RenderRequest request)
    {
        ArgumentNullException.ThrowIfNull(markdownBody);
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var violations = ContentLimitChecker.Check(markdownBody);
            return violations.Count > 0
                ? DegradedPlaybook.ForLimits(markdownBody, violations)
                : RenderWithinLimits(markdownBody, request);
        }
        catch (Exception)
        {
            // Markdig refuses some input (nesting beyond its own limit) by throwing; any failure
            // here is shown as escaped source rather than an error page.
            return DegradedPlaybook.ForFailure(markdownBody);
        }
    }

    private RenderedPlaybook RenderWithinLimits(string markdownBody, RenderRequest request)
    {
        var parsed = _parser.Parse(markdownBody);
        var headings = new List<Headings.OutlineHeading>(parsed.Headings.Count);
        foreach (var heading in parsed.Headings)
        {
            if (request.DropFirstTitleHeading && heading == parsed.Title)
            {
                heading.Block.Parent!.Remove(heading.Block);
                continue;
            }

            heading.Block.GetAttributes().Id = _idPrefix + heading.Outline.Anchor;
            headings.Add(heading.Outline);
        }

        var fragment = _sanitizer.Sanitize(RenderHtml(parsed.Document));
        return new RenderedPlaybook(fragment.Html, headings, fragment.Links, fragment.PlainText, fragment.Sections, false, null);
    }

    private string RenderHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        _parser.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
