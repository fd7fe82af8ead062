using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using PlaybookPortal.Search.Indexing;

namespace PlaybookPortal.Search.Analysis;

/// <summary>
/// The three analyses of the index, chosen by field name suffix (<see cref="SearchFields"/>):
/// English (<c>_en</c>: possessives, stop words, Porter stems), German (<c>_de</c>: stop words,
/// umlauts and ß folded, light stems) and exact (<c>_x</c>: every word kept unstemmed, folded
/// the German way and to ASCII, for prefixes, phrases and "exact above stemmed"). All three
/// drop apostrophes, so typographic and straight ones match.
/// </summary>
public static class SearchAnalyzers
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The analyzer the index is written with; queries analyze through it too.</summary>
    public static Analyzer Create() => new PerFieldAnalyzerWrapper(
        new ExactAnalyzer(),
        new Dictionary<string, Analyzer>
        {
            [SearchFields.TitleEnglish] = new EnglishAnalyzerWithoutApostrophes(),
            [SearchFields.HeadingsEnglish] = new EnglishAnalyzerWithoutApostrophes(),
            [SearchFields.BodyEnglish] = new EnglishAnalyzerWithoutApostrophes(),
            [SearchFields.TitleGerman] = new GermanAnalyzerWithFolding(),
            [SearchFields.HeadingsGerman] = new GermanAnalyzerWithFolding(),
            [SearchFields.BodyGerman] = new GermanAnalyzerWithFolding(),
        });

    // Analyzers are thread-safe (token streams are reused per thread), so these are shared.
    private static readonly Analyzer EnglishText = new EnglishAnalyzerWithoutApostrophes();
    private static readonly Analyzer GermanText = new GermanAnalyzerWithFolding();

    /// <summary>The stemming analyzer of a language, for snippets.</summary>
    internal static Analyzer ForLanguage(string language) =>
        language == SearchLanguages.German ? GermanText : EnglishText;

    private static ApostropheRemovalFilter Tokenize(TextReader reader, out Tokenizer tokenizer)
    {
        tokenizer = new StandardTokenizer(Version, reader);
        return new ApostropheRemovalFilter(new LowerCaseFilter(Version, tokenizer));
    }

    private sealed class EnglishAnalyzerWithoutApostrophes : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            // Possessives go before apostrophes are dropped, or "rep's" would become "reps".
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, new CurlyApostropheFilter(tokenizer));
            stream = new ApostropheRemovalFilter(new LowerCaseFilter(Version, stream));
            stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
            return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
        }
    }

    private sealed class GermanAnalyzerWithFolding : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            TokenStream stream = Tokenize(reader, out var tokenizer);
            stream = new StopFilter(Version, stream, GermanAnalyzer.DefaultStopSet);

            // Normalising first makes "Außendienst" and "Aussendienst" one stem, "Änderung" and "Aenderung" too.
            stream = new GermanNormalizationFilter(stream);
            return new TokenStreamComponents(tokenizer, new GermanLightStemFilter(stream));
        }
    }

    private sealed class ExactAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            TokenStream stream = new GermanNormalizationFilter(Tokenize(reader, out var tokenizer));
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(stream));
        }
    }

    /// <summary>
    /// EnglishPossessiveFilter knows the straight apostrophe and U+2019 only; the others
    /// become straight ones first.
    /// </summary>
    private sealed class CurlyApostropheFilter(TokenStream input) : TokenFilter(input)
    {
        private readonly Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute _term =
            input.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            var buffer = _term.Buffer;
            for (var i = 0; i < _term.Length; i++)
            {
                if (ApostropheRemovalFilter.IsApostrophe(buffer[i]))
                {
                    buffer[i] = '\'';
                }
            }

            return true;
        }
    }
}

/// <summary>The two analysed languages.</summary>
public static class SearchLanguages
{
    public const string English = "en";

    public const string German = "de";

    /// <summary>German for <c>de</c> (any case), English for everything else.</summary>
    public static string Normalize(string? language) =>
        string.Equals(language, German, StringComparison.OrdinalIgnoreCase) ? German : English;
}
