using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace PlaybookPortal.Markdown.Text;

/// <summary>
/// The readable text of sanitized playbook HTML, one block per line, for search and snippets,
/// whole and cut into sections at anchored headings. Leaves out diagram source, generator
/// placeholders, embed links, missing-image marks and footnote marks;
/// <see cref="PlainTextCleaner"/> then removes URLs and template tags. Walks the DOM with an
/// explicit stack.
/// </summary>
internal static class PlainTextExtractor
{
    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(
        StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");

    private static readonly FrozenSet<string> SkippedClasses = FrozenSet.Create(
        StringComparer.Ordinal,
        "mermaid-source", "placeholder", "embed-link", "image-missing", "footnote-ref",
        "footnote-back-ref");

    public static ExtractedText Extract(IElement root)
    {
        var text = new StringBuilder();
        var sections = new SectionCollector();
        var pending = new Stack<Entry>();
        PushChildren(pending, root, inPre: false);
        while (pending.Count > 0)
        {
            var (node, leaving, inPre) = pending.Pop();
            if (node is IText textNode)
            {
                // Outside <pre>, a line break in HTML source is just white space.
                var data = inPre ? textNode.Data : textNode.Data.ReplaceLineEndings(" ");
                text.Append(data);
                sections.Current.Append(data);
            }
            else if (node is IElement element && !IsSkipped(element))
            {
                var separator = Separator(element);
                text.Append(separator);
                sections.Current.Append(separator);
                if (!leaving && AnchoredHeadingLevel(element) is { } level)
                {
                    // The heading's words go to the whole text and to the section's path, not
                    // into the text of the section before it.
                    var heading = PlainTextCleaner.Clean(element.TextContent.ReplaceLineEndings(" "));
                    text.Append(heading).Append('\n');
                    sections.StartSection(level, element.Id!, heading);
                }
                else if (!leaving)
                {
                    pending.Push(new Entry(element, true, inPre));
                    PushChildren(pending, element, inPre || element.LocalName == "pre");
                }
            }
        }

        return new ExtractedText(PlainTextCleaner.Clean(text.ToString()), sections.Finish());
    }

    /// <summary>1–6 for a heading our renderer anchored; null for anything else.</summary>
    private static int? AnchoredHeadingLevel(IElement element) =>
        element.LocalName is ['h', >= '1' and <= '6'] && !string.IsNullOrEmpty(element.Id)
            ? element.LocalName[1] - '0'
            : null;

    private static string Separator(IElement element) => element.LocalName switch
    {
        "br" => "\n",
        "td" or "th" => " ",
        var name when Blocks.Contains(name) => "\n",
        _ => string.Empty,
    };

    private static bool IsSkipped(IElement element) =>
        element.LocalName is "img" or "input"
        || (element.GetAttribute("class") is { } classes
            && classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(SkippedClasses.Contains));

    private static void PushChildren(Stack<Entry> pending, INode parent, bool inPre)
    {
        for (var child = parent.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push(new Entry(child, false, inPre));
        }
    }

    private readonly record struct Entry(INode Node, bool Leaving, bool InPre);
}
