using Markdig.Syntax;
using PlaybookPortal.Markdown.Pipeline;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>
/// Removes kramdown table-of-contents blocks (QUIRKS.md row 1): the one-item list <c>- TOC</c>
/// (its <c>{:toc}</c> line is already gone), a "Contents"-like heading right before it, and any
/// "On this page" heading, which handbooks only ever used to introduce the generated contents
/// (some pages kept the heading after dropping the list). The portal draws its own contents, so
/// none of it may reach the page or the search index. A <c>{:.no_toc}</c> heading with real text
/// (often the page title) is kept.
/// </summary>
internal static class TocBlockRemover
{
    private const string OnThisPage = "on this page";

    private static readonly string[] ContentsHeadings =
        [OnThisPage, "table of contents", "contents", "in this page", "toc"];

    public static void Remove(MarkdownDocument document)
    {
        foreach (var list in SyntaxTree.Blocks<ListBlock>(document).Where(StartsWithTocMarker))
        {
            // "- TOC" and its {:toc} line followed by a blank line and a hand-written list merge
            // into one loose list: only the marker item goes, the author's own items stay. A
            // tight list that merely contains "TOC" is ordinary content.
            if (list.Count > 1)
            {
                if (list.IsLoose)
                {
                    list.RemoveAt(0);
                }

                continue;
            }

            var parent = list.Parent!;
            var index = parent.IndexOf(list);
            parent.RemoveAt(index);
            var introducedBy = index > 0 ? parent[index - 1] as HeadingBlock : null;
            if (introducedBy is not null && HasTextIn(introducedBy, ContentsHeadings))
            {
                parent.RemoveAt(index - 1);
            }
        }

        foreach (var heading in SyntaxTree.Blocks<HeadingBlock>(document).Where(IsOnThisPage))
        {
            heading.Parent!.Remove(heading);
        }
    }

    private static bool StartsWithTocMarker(ListBlock list) =>
        list is [ListItemBlock and [ParagraphBlock paragraph], ..]
        && InlinePlainText.Of(paragraph.Inline).Equals("TOC", StringComparison.OrdinalIgnoreCase);

    private static bool IsOnThisPage(HeadingBlock heading) => HasTextIn(heading, [OnThisPage]);

    private static bool HasTextIn(HeadingBlock heading, string[] texts)
    {
        var text = InlinePlainText.Of(heading.Inline).TrimEnd(':', ' ');
        return texts.Contains(text, StringComparer.OrdinalIgnoreCase);
    }
}
