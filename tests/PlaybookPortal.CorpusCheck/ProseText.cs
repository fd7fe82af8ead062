using AngleSharp.Dom;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// The text a reader sees as prose: every text node of the body outside code. Code may
/// legitimately show kramdown, template tags or comments; prose must not.
/// </summary>
internal static class ProseText
{
    public static IReadOnlyList<string> Of(IElement prose) =>
        prose.Descendants<IText>()
            .Where(text => !InsideCode(text))
            .Select(text => text.Data)
            .Where(data => data.Trim().Length > 0)
            .ToList();

    private static bool InsideCode(INode node)
    {
        for (var parent = node.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName is "code" or "pre" or "kbd" or "samp")
            {
                return true;
            }
        }

        return false;
    }
}
