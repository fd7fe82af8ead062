using System.Text;
using Markdig.Extensions.Abbreviations;
using Markdig.Syntax.Inlines;

namespace PlaybookPortal.Markdown.Pipeline;

/// <summary>
/// The readable text of a heading's or paragraph's inlines: emphasis and links reduced to their
/// text; raw HTML tags, images, footnote marks and generator placeholders left out; white space
/// collapsed; stray <c>**</c> and <c>__</c> (bold that did not parse) removed.
/// </summary>
internal static class InlinePlainText
{
    public static string Of(ContainerInline? root)
    {
        if (root is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        var pending = new Stack<Inline>();
        PushChildren(pending, root);
        while (pending.Count > 0)
        {
            var inline = pending.Pop();
            if (inline is LinkInline { IsImage: true })
            {
                continue;
            }

            if (inline is ContainerInline container)
            {
                PushChildren(pending, container);
                continue;
            }

            text.Append(TextOf(inline));
        }

        return Normalize(text.ToString());
    }

    /// <summary>Collapses white space and drops unparsed bold markers.</summary>
    public static string Normalize(string text)
    {
        var withoutMarkers = text.Replace("**", string.Empty, StringComparison.Ordinal)
            .Replace("__", string.Empty, StringComparison.Ordinal);
        return string.Join(' ', withoutMarkers.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string TextOf(Inline inline) => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        HtmlEntityInline entity => entity.Transcoded.ToString(),
        LineBreakInline => " ",
        AutolinkInline autolink => autolink.Url,
        AbbreviationInline abbreviation => abbreviation.Abbreviation.Label ?? string.Empty,
        _ => string.Empty,
    };

    private static void PushChildren(Stack<Inline> pending, ContainerInline container)
    {
        var children = new List<Inline>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            children.Add(child);
        }

        for (var i = children.Count - 1; i >= 0; i--)
        {
            pending.Push(children[i]);
        }
    }
}
