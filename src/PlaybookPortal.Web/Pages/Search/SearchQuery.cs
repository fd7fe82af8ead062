using System.Text;
using PlaybookPortal.Search.Querying;

namespace PlaybookPortal.Web.Pages.Search;

/// <summary>
/// A search as the page understood it: the text and filters cleaned of control characters and
/// cut to sizes the engine can always answer, and a page number that exists.
/// </summary>
public sealed record SearchQuery(string Text, string? Category, string? Tag, string? Language, int Page)
{
    /// <summary>The engine's own cut, so the box shows exactly the text that was searched for.</summary>
    public const int MaxTextLength = UserQueryParser.MaxLength;

    public const int MaxFilterLength = 200;

    /// <summary>Deep pages cost the engine more and more; nobody reads page 500 of results.</summary>
    public const int MaxPage = 500;

    public bool IsEmpty => Text.Length == 0;

    public bool HasFilters => Category is not null || Tag is not null || Language is not null;

    public static SearchQuery From(string? text, string? category, string? tag, string? language, int page) => new(
        Clean(text, MaxTextLength),
        NullIfEmpty(Clean(category, MaxFilterLength)),
        NullIfEmpty(Clean(tag, MaxFilterLength)),
        NullIfEmpty(Clean(language, MaxFilterLength)),
        Math.Clamp(page, 1, MaxPage));

    /// <summary>
    /// Control characters become spaces and runs of white space one space; a broken surrogate
    /// becomes U+FFFD, and the cut never splits a character, so URL encoding cannot fail later.
    /// </summary>
    private static string Clean(string? value, int maxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var cleaned = new StringBuilder(Math.Min(value.Length, maxLength));
        var pendingSpace = false;
        foreach (var rune in value.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || Rune.IsWhiteSpace(rune))
            {
                pendingSpace = cleaned.Length > 0;
                continue;
            }

            var needed = rune.Utf16SequenceLength + (pendingSpace ? 1 : 0);
            if (cleaned.Length + needed > maxLength)
            {
                break;
            }

            if (pendingSpace)
            {
                cleaned.Append(' ');
                pendingSpace = false;
            }

            cleaned.Append(rune.ToString());
        }

        return cleaned.ToString();
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
