using System.Text;
using AngleSharp.Dom;

namespace PlaybookPortal.Markdown.Outline;

/// <summary>
/// The readable text of a rendered body: what a person reads, without diagram code,
/// placeholders, embed notices or URLs. Walks the DOM iteratively, so depth cannot overflow.
/// </summary>
internal static class PlainTextExtractor
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "dt", "dd",
        "table", "ul", "ol", "details", "summary", "section", "br", "td", "th",
    };

    public static string Extract(IElement root)
    {
        var text = new StringBuilder();
        var pending = new Stack<INode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IText textNode)
            {
                text.Append(textNode.Data);
                continue;
            }

            if (node is not IElement element || IsExcluded(element))
            {
                continue;
            }

            if (BlockElements.Contains(element.LocalName))
            {
                text.Append('\n');
            }

            for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
            {
                pending.Push(element.ChildNodes[i]);
            }
        }

        return Normalise(text.ToString());
    }

    private static bool IsExcluded(IElement element) =>
        element.ClassList.Contains("placeholder") || element.ClassList.Contains("embed-link")
        || element.ClassList.Contains("language-mermaid") || element.ClassList.Contains("image-missing");

    private static string Normalise(string text)
    {
        var lines = text.Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }
}
