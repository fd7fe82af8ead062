using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PlaybookPortal.Markdown.Diagrams;

/// <summary>
/// Shows mermaid fences as their source in <c>&lt;pre class="mermaid-source"&gt;</c> (QUIRKS.md
/// row 10): readable as code, marked so the plain-text step keeps diagram syntax out of search,
/// and ready for a client-side renderer should the portal add one. Other code renders as usual.
/// </summary>
internal sealed class DiagramSourceRenderer : CodeBlockRenderer
{
    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        var isMermaid = obj is FencedCodeBlock { Info: { } info }
            && info.Equals("mermaid", StringComparison.OrdinalIgnoreCase);
        if (!isMermaid)
        {
            base.Write(renderer, obj);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<pre class=\"mermaid-source\"><code>");
        renderer.WriteLeafRawLines(obj, true, true);
        renderer.WriteLine("</code></pre>");
    }
}
