using System.Net;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using PlaybookPortal.Search.Analysis;

namespace PlaybookPortal.Search.Querying;

/// <summary>
/// A bounded excerpt of a section with the matched words marked. The highlighter HTML-encodes
/// all text before it adds <c>&lt;mark&gt;</c>, so markup written in a playbook shows as text.
/// </summary>
internal static class SnippetHighlighter
{
    public const string Field = "hl";

    private const int FragmentLength = 180;
    private const int MaxFragments = 2;
    private const int MaxAnalyzedChars = 100_000;

    public static string Create(Query highlightQuery, string text, string language)
    {
        if (text.Length == 0)
        {
            return "";
        }

        try
        {
            var scorer = new QueryScorer(highlightQuery, Field);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentLength),
                MaxDocCharsToAnalyze = MaxAnalyzedChars,
            };
            using var tokens = SearchAnalyzers.ForLanguage(language).GetTokenStream(Field, text);
            var fragments = highlighter.GetBestFragments(tokens, text, MaxFragments)
                .Where(static f => !string.IsNullOrWhiteSpace(f))
                .ToArray();
            if (fragments.Length > 0)
            {
                return string.Join(" … ", fragments.Select(static f => f.Trim()));
            }
        }
        catch (InvalidTokenOffsetsException)
        {
            // Offsets the highlighter cannot follow: fall back to the section's beginning.
        }

        return Beginning(text);
    }

    private static string Beginning(string text)
    {
        if (text.Length <= FragmentLength)
        {
            return WebUtility.HtmlEncode(text);
        }

        var cut = text.LastIndexOf(' ', FragmentLength);
        return WebUtility.HtmlEncode(text[..(cut > FragmentLength / 2 ? cut : FragmentLength)]) + " …";
    }
}
