using System.Globalization;
using PlaybookPortal.Bench.Generating;

namespace PlaybookPortal.Bench.Querying;

/// <summary>
/// Draws the query set from the generator's own vocabulary and ranks, so a frequent word is in
/// most playbooks, a rare word in a handful and a no-hit word in none.
/// </summary>
public static class QuerySetBuilder
{
    private const int PerBucket = 8;

    public static IReadOnlyList<BenchQuery> Build(int seed)
    {
        var random = new Random(seed);
        var words = new SalesVocabulary(CorpusGenerator.TailWords).English;
        var queries = new List<BenchQuery>();

        // Ranks 1–8 of the Zipf vocabulary: in almost every playbook.
        queries.AddRange(words.Take(PerBucket).Select(w => new BenchQuery("frequent", w)));

        // The far tail: expected a few dozen times in S, spread over a handful of playbooks.
        queries.AddRange(Draw(random, words.Count * 3 / 4, words.Count).Select(r => new BenchQuery("rare", words[r])));

        // Two mid-frequency words, neither of which dominates the other.
        queries.AddRange(Enumerable.Range(0, PerBucket).Select(_ =>
            new BenchQuery("two-words", words[random.Next(10, 200)] + " " + words[random.Next(10, 200)])));

        queries.AddRange(SalesVocabulary.Phrases.Take(PerBucket).Select(p => new BenchQuery("phrase", $"\"{p}\"")));

        // Prefixes of common words, long enough to stay specific.
        queries.AddRange(words.Skip(2).Where(w => w.Length >= 6).Take(PerBucket)
            .Select(w => new BenchQuery("prefix", w[..5] + "*")));

        queries.AddRange(Enumerable.Range(0, PerBucket).Select(i => new BenchQuery("filtered",
            $"category:{CorpusGenerator.Categories[i % CorpusGenerator.Categories.Length]} {words[random.Next(0, 40)]}")));

        // The generator writes no "q" or "x", so these words never occur.
        queries.AddRange(Enumerable.Range(0, PerBucket).Select(i =>
            new BenchQuery("no-hit", "qxv" + (char)('a' + i) + "zqx")));
        return queries;
    }

    private static SortedSet<int> Draw(Random random, int from, int to)
    {
        var picked = new SortedSet<int>();
        while (picked.Count < PerBucket)
        {
            picked.Add(random.Next(from, to));
        }

        return picked;
    }

    /// <summary>Tab-separated bucket, query text and search path, one query a line.</summary>
    public static string ToTsv(IEnumerable<BenchQuery> queries) => string.Concat(queries.Select(q =>
        string.Create(CultureInfo.InvariantCulture, $"{q.Bucket}\t{q.Text}\t{q.SearchPath}\n")));

    public static IReadOnlyList<BenchQuery> ReadTsv(string path) => File.ReadAllLines(path)
        .Where(line => line.Length > 0)
        .Select(line => line.Split('\t'))
        .Select(parts => new BenchQuery(parts[0], parts[1]))
        .ToList();
}
