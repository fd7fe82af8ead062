using System.Net;

namespace PlaybookPortal.Components;

/// <summary>
/// Guards the one place search output is emitted as markup. The engine promises encoded text
/// with <c>&lt;mark&gt;</c> around matches; anything else that could open an element means that
/// promise was broken, and then the whole snippet is shown as text instead.
/// </summary>
internal static class SnippetMarkup
{
    private const string MarkOpen = "<mark>";
    private const string MarkClose = "</mark>";

    public static string Safe(string snippetHtml)
    {
        var withoutMarks = snippetHtml
            .Replace(MarkOpen, "", StringComparison.Ordinal)
            .Replace(MarkClose, "", StringComparison.Ordinal);

        // Without a '<' no element, comment or script can start; entities stay entities.
        return withoutMarks.Contains('<', StringComparison.Ordinal)
            ? WebUtility.HtmlEncode(snippetHtml)
            : snippetHtml;
    }
}
