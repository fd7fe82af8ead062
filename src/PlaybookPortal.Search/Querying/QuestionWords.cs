using System.Collections.Frozen;

namespace PlaybookPortal.Search.Querying;

/// <summary>
/// Words that make a search a question but do not say what it is about. Lucene's English stop
/// list is short on purpose (it serves indexing); these are left out of queries only.
/// </summary>
internal static class QuestionWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "how", "what", "when", "where", "who", "whom", "why", "which", "do", "does", "did", "done",
        "i", "me", "my", "we", "our", "us", "you", "your", "can", "could", "should", "would", "shall",
        "must", "may", "might", "get", "got", "has", "have", "had", "am", "been", "being", "about",
        "from", "any", "some", "after", "before", "happens", "happen", "tell", "find", "need",
        "wie", "was", "wer", "wann", "wo", "warum", "welche", "welcher", "welches", "ich", "wir");

    public static bool Contains(string word) => Words.Contains(word);
}
