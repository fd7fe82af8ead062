using System.Text;

namespace PlaybookPortal.Search.Querying;

/// <summary>
/// Reads whatever a person typed into a <see cref="UserQuery"/> without ever failing. The
/// syntax is deliberately small (quotes, <c>-</c>, <c>*</c>, <c>category:</c>, <c>tag:</c>);
/// everything else, Lucene operators and brackets included, is text: <c>AND</c> is a word,
/// <c>Kunde:</c> is the word Kunde and an unclosed quote reads the rest as plain words.
/// </summary>
public static class UserQueryParser
{
    /// <summary>Longer input is cut: nobody types more, and it bounds the work per search.</summary>
    public const int MaxLength = 500;

    /// <summary>Prefixes shorter than this would expand to half the vocabulary.</summary>
    private const int MinPrefixLength = 2;

    public static UserQuery Parse(string? text)
    {
        var input = Clean(text);
        var words = new List<string>();
        var prefixes = new List<string>();
        var phrases = new List<string>();
        var excluded = new List<string>();
        var categories = new List<string>();
        var tags = new List<string>();
        var plainWords = false;
        string? lastPlainWord = null;

        var position = 0;
        while (NextToken(input, ref position) is { } token)
        {
            lastPlainWord = null;
            var (negated, body) = token.Text.Length > 1 && token.Text[0] == '-' && !token.Quoted
                ? (true, token.Text[1..])
                : (false, token.Text);

            if (token.Quoted || (negated && body.StartsWith('"')))
            {
                var phrase = token.Quoted ? token.Text : body.Trim('"');
                if (!token.Closed)
                {
                    // An unclosed quote is no phrase: read what follows it as plain words.
                    plainWords = true;
                    words.AddRange(SplitWords(phrase));
                    continue;
                }

                (negated ? excluded : phrases).Add(phrase);
                continue;
            }

            if (TryReadFilter(body, out var field, out var value))
            {
                (field == "category" ? categories : tags).Add(value);
                continue;
            }

            var word = body.TrimStart('*').TrimEnd(':');
            if (word.Length == 0)
            {
                continue;
            }

            if (negated)
            {
                excluded.Add(word.TrimEnd('*'));
            }
            else if (word.EndsWith('*'))
            {
                var prefix = word.TrimEnd('*');
                if (prefix.Length >= MinPrefixLength)
                {
                    prefixes.Add(prefix);
                }
                else if (prefix.Length > 0)
                {
                    words.Add(prefix);
                }
            }
            else
            {
                words.Add(word);
                lastPlainWord = word;
            }
        }

        // Still typing: the last word also matches as the start of a longer one.
        if (lastPlainWord is { Length: >= MinPrefixLength } && !EndsInSpace(input))
        {
            prefixes.Add(lastPlainWord);
        }

        return new UserQuery(words, prefixes, phrases, excluded, categories, tags, plainWords);
    }

    private static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var cut = text.Length > MaxLength ? text[..MaxLength] : text;
        var builder = new StringBuilder(cut.Length);
        foreach (var c in cut)
        {
            // Control characters become spaces; typographic quotes become straight ones.
            builder.Append(char.IsControl(c) ? ' ' : c is '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' ? '"' : c);
        }

        return builder.ToString();
    }

    private static bool EndsInSpace(string input) => input.Length > 0 && char.IsWhiteSpace(input[^1]);

    private static bool TryReadFilter(string token, out string field, out string value)
    {
        field = value = "";
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var name = token[..colon].ToLowerInvariant();
        var rest = token[(colon + 1)..].Trim('"');
        if (name is not ("category" or "tag") || rest.Length == 0)
        {
            return false;
        }

        field = name;
        value = rest;
        return true;
    }

    private static IEnumerable<string> SplitWords(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(static w => w.Trim('*', '"'))
            .Where(static w => w.Length > 0);

    /// <summary>
    /// The next space-separated token; a quote opens a phrase that runs to the closing quote
    /// (or, unclosed, to the end). <c>category:"sales ops"</c> is one token.
    /// </summary>
    private static Token? NextToken(string input, ref int position)
    {
        while (position < input.Length && char.IsWhiteSpace(input[position]))
        {
            position++;
        }

        if (position >= input.Length)
        {
            return null;
        }

        var start = position;
        if (input[position] == '"')
        {
            var close = input.IndexOf('"', position + 1);
            var end = close < 0 ? input.Length : close;
            position = close < 0 ? input.Length : close + 1;
            return new Token(input[(start + 1)..end], Quoted: true, Closed: close >= 0);
        }

        var inQuote = false;
        while (position < input.Length && (inQuote || !char.IsWhiteSpace(input[position])))
        {
            // A quote inside a token (-"a b", tag:"x y") runs to its closing quote.
            if (input[position] == '"')
            {
                inQuote = !inQuote;
            }

            position++;
        }

        var text = input[start..position];
        return new Token(text, Quoted: false, Closed: !inQuote);
    }

    private sealed record Token(string Text, bool Quoted, bool Closed);
}
