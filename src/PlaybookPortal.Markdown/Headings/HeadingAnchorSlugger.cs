using System.Globalization;
using System.Text;

namespace PlaybookPortal.Markdown.Headings;

/// <summary>
/// Turns heading text into its natural anchor the way GitHub-flavoured kramdown did for the
/// handbooks: lower-cased, Unicode letters, digits, marks, <c>_</c> and <c>-</c> kept, each
/// white-space character turned into <c>-</c>, everything else dropped. Runs of dashes are kept
/// on purpose ("Planning &amp; assembly" → <c>planning--assembly</c>): the pages' own
/// <c>#fragment</c> links were written against exactly these ids.
/// </summary>
internal static class HeadingAnchorSlugger
{
    /// <summary>The natural anchor of <paramref name="text"/>; empty when nothing is kept.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var rune in text.Trim().EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                slug.Append('-');
            }
            else if (IsKept(rune))
            {
                slug.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        return slug.ToString();
    }

    private static bool IsKept(Rune rune) =>
        Rune.IsLetterOrDigit(rune)
        || rune.Value is '_' or '-'
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark;
}
