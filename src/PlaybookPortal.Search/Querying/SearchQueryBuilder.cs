using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PlaybookPortal.Search.Analysis;
using PlaybookPortal.Search.Indexing;
using LuceneQueryBuilder = Lucene.Net.Util.QueryBuilder;

namespace PlaybookPortal.Search.Querying;

/// <summary>
/// Turns a <see cref="UserQuery"/> into Lucene queries. Each word is looked for in the title,
/// the headings and the body, in both stemmed analyses and the exact one; the exact fields and
/// the title weigh most, so "exact above stemmed" and "title and headings above body" hold.
/// Any word may match and more matching words rank higher, which lets a natural question find
/// its page; a word every analysis drops (a stop word) does not count, unless all are.
/// </summary>
internal sealed class SearchQueryBuilder(Analyzer analyzer)
{
    private static readonly (string Field, float Boost)[] WordFields =
    [
        (SearchFields.TitleExact, 6f), (SearchFields.TitleEnglish, 4f), (SearchFields.TitleGerman, 4f),
        (SearchFields.HeadingsExact, 3f), (SearchFields.HeadingsEnglish, 2f), (SearchFields.HeadingsGerman, 2f),
        (SearchFields.TagsExact, 3f),
        (SearchFields.BodyExact, 1.3f), (SearchFields.BodyEnglish, 1f), (SearchFields.BodyGerman, 1f),
    ];

    private static readonly (string Field, float Boost)[] PrefixFields =
    [
        (SearchFields.TitleExact, 3f), (SearchFields.HeadingsExact, 1.5f), (SearchFields.TagsExact, 1.5f),
        (SearchFields.BodyExact, 0.5f),
    ];

    private static readonly (string Field, float Boost)[] PairFields =
    [
        (SearchFields.TitleExact, 3f), (SearchFields.HeadingsExact, 2f), (SearchFields.BodyExact, 1.5f),
    ];

    /// <summary>How far apart two query words may stand and still count as together.</summary>
    private const int PairSlop = 2;

    private readonly LuceneQueryBuilder _builder = new(analyzer);

    /// <summary>The scoring query, or null when nothing in it can match.</summary>
    public Query? BuildMatch(UserQuery query)
    {
        var words = query.Words.Where(IsMeaningful).ToList();
        if (words.Count == 0 && query.Phrases.Count == 0 && query.Prefixes.Count == 0)
        {
            // Only stop words ("AND", "how do I"): look for them as they are.
            words = query.Words.ToList();
        }

        var terms = Terms(words, query).ToList();
        var phrases = query.Phrases.Select(Phrase).OfType<Query>().ToList();
        if (terms.Count == 0 && phrases.Count == 0)
        {
            return null;
        }

        var match = new BooleanQuery();
        if (terms.Count > 0)
        {
            match.Add(AnyTerms(terms), Occur.MUST);
        }

        foreach (var phrase in phrases)
        {
            match.Add(phrase, Occur.MUST);
        }

        // Words that stand together in the text, as they did in the query, count extra: "best
        // case" beside each other says more than "best" and "case" anywhere in the section.
        foreach (var pair in words.Zip(words.Skip(1), static (a, b) => a + " " + b))
        {
            if (AnyField(PairFields, field => _builder.CreatePhraseQuery(field, pair, PairSlop)) is { } near)
            {
                match.Add(near, Occur.SHOULD);
            }
        }

        return match;
    }

    /// <summary>
    /// One clause per word or prefix; the last word, still being typed, matches as itself or as
    /// the start of a longer word.
    /// </summary>
    private IEnumerable<Query> Terms(List<string> words, UserQuery query)
    {
        var prefixes = query.Prefixes.ToList();
        foreach (var word in words)
        {
            if (Word(word) is not { } exact)
            {
                continue;
            }

            if (prefixes.Remove(word) && Prefix(word) is { } prefix)
            {
                var either = new BooleanQuery(disableCoord: true) { { exact, Occur.SHOULD }, { prefix, Occur.SHOULD } };
                yield return either;
            }
            else
            {
                yield return exact;
            }
        }

        // A stop word's prefix ("an" → "annual") would only add noise.
        foreach (var prefix in prefixes.Where(p => !query.Words.Contains(p)).Select(Prefix).OfType<Query>())
        {
            yield return prefix;
        }
    }

    private static BooleanQuery AnyTerms(List<Query> terms)
    {
        var any = new BooleanQuery();
        terms.ForEach(term => any.Add(term, Occur.SHOULD));

        // Half the terms (rounded up) must match once there are three or more, so a long question
        // does not return every page that shares one common word with it.
        if (terms.Count >= 3)
        {
            any.MinimumNumberShouldMatch = (terms.Count + 1) / 2;
        }

        return any;
    }

    /// <summary>Matches sections containing any excluded word or phrase.</summary>
    public Query? BuildExclusion(UserQuery query)
    {
        var excluded = query.Excluded.Select(Phrase).OfType<Query>().ToList();
        if (excluded.Count == 0)
        {
            return null;
        }

        var any = new BooleanQuery();
        excluded.ForEach(q => any.Add(q, Occur.SHOULD));
        return any;
    }

    /// <summary>
    /// The words as the snippet highlighter should find them in one language, and the prefixes
    /// (as the exact analysis writes them) for it to complete against the section's own words.
    /// </summary>
    public (BooleanQuery Words, IReadOnlyList<string> Prefixes) BuildHighlight(UserQuery query, string language, string field)
    {
        var highlight = new BooleanQuery();
        var languageBuilder = new LuceneQueryBuilder(SearchAnalyzers.ForLanguage(language));
        foreach (var text in query.Words.Concat(query.Phrases))
        {
            if (languageBuilder.CreateBooleanQuery(field, text) is { } words)
            {
                highlight.Add(words, Occur.SHOULD);
            }
        }

        return (highlight, query.Prefixes.Select(ExactToken).OfType<string>().ToList());
    }

    private BooleanQuery? Word(string word) => AnyField(WordFields, field => _builder.CreatePhraseQuery(field, word));

    private Query? Phrase(string phrase) =>
        AnyField(WordFields, field => _builder.CreatePhraseQuery(field, phrase));

    private Query? Prefix(string prefix) => ExactToken(prefix) is { } token
        ? AnyField(PrefixFields, field => new PrefixQuery(new Term(field, token)))
        : null;

    /// <summary>The prefix as the exact analysis writes it (lower case, umlauts folded), if one token.</summary>
    private string? ExactToken(string text)
    {
        using var stream = analyzer.GetTokenStream(SearchFields.BodyExact, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        string? last = null;
        while (stream.IncrementToken())
        {
            last = term.ToString();
        }

        stream.End();
        return last;
    }

    /// <summary>
    /// True unless the word is a question word or a stop word of either analysis: "how do I"
    /// says nothing about which page is meant.
    /// </summary>
    private bool IsMeaningful(string word) =>
        !QuestionWords.Contains(word)
        && _builder.CreateBooleanQuery(SearchFields.BodyEnglish, word) is not null
        && _builder.CreateBooleanQuery(SearchFields.BodyGerman, word) is not null;

    private static BooleanQuery? AnyField((string Field, float Boost)[] fields, Func<string, Query?> create)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in fields)
        {
            if (create(field) is { } query)
            {
                query.Boost = boost;
                any.Add(query, Occur.SHOULD);
            }
        }

        return any.Clauses.Count > 0 ? any : null;
    }
}
