using System.Net;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using PlaybookPortal.Search.Analysis;

namespace PlaybookPortal.Search.Querying;

/// <summary>
/// A bounded excerpt of a section with the matched words marked. The highlighter HTML-encodes
/// all text before it adds <c>&lt;mark&gt;</c>, so markup written in a playbook shows as text.
/// </summary>
internal static partial class SnippetHighlighter
{
    public const string Field = "hl";

    private const int FragmentLength = 180;
    private const int MaxFragments = 2;
    /// <summary>
    /// Snippets come from the first part of a long section: analysing all of a 100 KB section for
    /// every hit on a page costs more than the search itself.
    /// </summary>
    private const int MaxAnalyzedChars = 20_000;

    public static string Create(BooleanQuery words, IReadOnlyList<string> prefixes, string sectionText, string language)
    {
        if (sectionText.Length == 0)
        {
            return "";
        }

        var text = WithoutLongRuns(Beginning(sectionText, MaxAnalyzedChars));
        var highlightQuery = WithCompletedPrefixes(words, prefixes, text, language);

        try
        {
            // Prefixes are completed above; expanding them here would build an index per snippet.
            var scorer = new QueryScorer(highlightQuery, Field) { ExpandMultiTermQuery = false };
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new HtmlTextEncoder(), scorer)
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

    /// <summary>
    /// The highlight query with each prefix replaced by the section's own words that start with
    /// it, found in one pass over the section's tokens.
    /// </summary>
    private static BooleanQuery WithCompletedPrefixes(BooleanQuery words, IReadOnlyList<string> prefixes, string text, string language)
    {
        if (prefixes.Count == 0)
        {
            return words;
        }

        var completed = new HashSet<string>(StringComparer.Ordinal);
        using (var tokens = SearchAnalyzers.ForLanguage(language).GetTokenStream(Field, text))
        {
            var term = tokens.AddAttribute<ICharTermAttribute>();
            tokens.Reset();
            while (tokens.IncrementToken() && completed.Count < MaxCompletions)
            {
                var token = term.ToString();
                if (prefixes.Any(prefix => token.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    completed.Add(token);
                }
            }

            tokens.End();
        }

        var query = (BooleanQuery)words.Clone();
        foreach (var token in completed)
        {
            query.Add(new TermQuery(new Term(Field, token)), Occur.SHOULD);
        }

        return query;
    }

    private const int MaxCompletions = 32;

    /// <summary>At most <paramref name="length"/> characters, never half an emoji.</summary>
    private static string Beginning(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        return text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
    }

    /// <summary>
    /// Cuts runs of characters without a space (a pasted hash, a table rule, a data URL) to a
    /// readable length, so a fragment stays a fragment on a phone.
    /// </summary>
    private static string WithoutLongRuns(string text) => LongRun().Replace(text, static m => m.Value[..MaxRun] + "…");

    private const int MaxRun = 60;

    [System.Text.RegularExpressions.GeneratedRegex(@"\S{61,}")]
    private static partial System.Text.RegularExpressions.Regex LongRun();

    /// <summary>
    /// Lucene's encoder writes each half of a surrogate pair as its own (invalid) character
    /// reference, which turns emoji into two replacement marks; WebUtility keeps pairs whole.
    /// </summary>
    private sealed class HtmlTextEncoder : IEncoder
    {
        public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
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
