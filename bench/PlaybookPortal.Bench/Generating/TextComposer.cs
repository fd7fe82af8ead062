using System.Text;

namespace PlaybookPortal.Bench.Generating;

/// <summary>
/// Writes sentences from the Zipf vocabulary with a sprinkle of function words and fixed
/// phrases. Deterministic for a given <see cref="Random"/>.
/// </summary>
public sealed class TextComposer(SalesVocabulary vocabulary, Random random)
{
    private static readonly string[] FunctionWords = ["the", "and", "for", "with", "to", "of", "each", "every"];
    private static readonly string[] GermanFunctionWords = ["der", "die", "und", "mit", "für", "im", "jede"];

    private readonly ZipfSampler _english = new(vocabulary.English.Count);
    private readonly ZipfSampler _german = new(SalesVocabulary.German.Count);

    public Random Random => random;

    public string Word(bool german) => german
        ? SalesVocabulary.German[_german.Next(random)]
        : vocabulary.English[_english.Next(random)];

    public string Words(int count, bool german)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Word(german));
        }

        return builder.ToString();
    }

    public string Sentence(bool german)
    {
        var builder = new StringBuilder();
        var length = random.Next(6, 18);
        for (var i = 0; i < length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            var roll = random.Next(100);
            if (roll < 25)
            {
                var words = german ? GermanFunctionWords : FunctionWords;
                builder.Append(words[random.Next(words.Length)]);
            }
            else if (roll < 28 && !german)
            {
                builder.Append(SalesVocabulary.Phrases[random.Next(SalesVocabulary.Phrases.Count)]);
            }
            else
            {
                builder.Append(Word(german));
            }
        }

        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.Append('.').ToString();
    }

    public string Paragraph(bool german)
    {
        var builder = new StringBuilder();
        var sentences = random.Next(2, 7);
        for (var i = 0; i < sentences; i++)
        {
            builder.Append(i == 0 ? string.Empty : (i % 2 == 0 ? "\n" : " ")).Append(Sentence(german));
        }

        return builder.ToString();
    }

    /// <summary>A heading or title: a few capitalised words.</summary>
    public string Title(bool german, int words)
    {
        var text = Words(words, german);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
