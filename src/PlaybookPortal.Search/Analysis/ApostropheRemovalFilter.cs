using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PlaybookPortal.Search.Analysis;

/// <summary>
/// Drops apostrophes inside a token, so "don't", "don’t" and "dont" are the same word, and
/// so are "customer's" spelled with a straight or a curly apostrophe.
/// </summary>
internal sealed class ApostropheRemovalFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public ApostropheRemovalFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        var kept = 0;
        for (var i = 0; i < length; i++)
        {
            if (!IsApostrophe(buffer[i]))
            {
                buffer[kept++] = buffer[i];
            }
        }

        _term.Length = kept;
        return true;
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u00B4' or '`';
}
