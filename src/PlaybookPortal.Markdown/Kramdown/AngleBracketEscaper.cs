using System.Text.RegularExpressions;
using PlaybookPortal.Markdown.Sanitizing;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>
/// Escapes the <c>&lt;</c> of angle-bracket placeholders written for people, such as
/// <c>&lt;Presenter&gt;</c>, <c>&lt;Customer Name&gt;</c> or <c>&lt;/first name&gt;</c>, so they
/// show literally instead of being parsed as unknown tags and removed (QUIRKS.md row 9). Known
/// HTML elements, autolinks (<c>&lt;https://…&gt;</c>, <c>&lt;me@example.com&gt;</c>) and
/// pointy link destinations are left for the parser and the sanitizer. <c>&amp;lt;</c> works both
/// in Markdown text and inside raw HTML blocks.
/// </summary>
internal static partial class AngleBracketEscaper
{
    public static void Collect(string masked, SourceEdits edits)
    {
        foreach (Match tag in TagStart().Matches(masked))
        {
            if (!IsEscaped(masked, tag.Index) && !IsMarkup(masked, tag))
            {
                edits.Replace(tag.Index, 1, "&lt;");
            }
        }
    }

    // "\<USERNAME\>" is already text to CommonMark; escaping it again would show "&lt;".
    private static bool IsEscaped(string text, int bracket)
    {
        var backslashes = 0;
        while (bracket - backslashes > 0 && text[bracket - backslashes - 1] == '\\')
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    private static bool IsMarkup(string text, Match tag)
    {
        var afterBracket = text.AsSpan(tag.Index + 1);
        return HtmlElementNames.IsKnown(tag.Groups["name"].ValueSpan)
            || IsLinkDestination(text, tag.Index)
            || SchemeAutolink().IsMatch(afterBracket)
            || EmailAutolink().IsMatch(afterBracket);
    }

    private static bool IsLinkDestination(string text, int bracket) =>
        bracket >= 2 && text[bracket - 2] == ']' && text[bracket - 1] == '(';

    [GeneratedRegex(@"</?(?<name>[A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex TagStart();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>")]
    private static partial Regex SchemeAutolink();

    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?>")]
    private static partial Regex EmailAutolink();
}
