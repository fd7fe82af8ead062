using Markdig.Syntax;

namespace PlaybookPortal.Markdown;

/// <summary>
/// The leading level-1 heading that serves as a page's title when front matter has none
/// (PRODUCT.md: "the first # heading, which is then not repeated in the body").
/// </summary>
internal static class TitleHeading
{
    /// <summary>The first heading of the document when it is level 1, else null.</summary>
    public static HeadingBlock? Find(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>().FirstOrDefault() is { Level: 1 } heading ? heading : null;

    public static void Remove(MarkdownDocument document)
    {
        if (Find(document) is { } heading)
        {
            heading.Parent?.Remove(heading);
        }
    }
}
