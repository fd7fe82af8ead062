using System.Globalization;

namespace PlaybookPortal.Markdown.Headings;

/// <summary>
/// Gives every heading of a page a unique, stable anchor. Natural anchors are handed out first,
/// to the first heading that has each; only then do the remaining headings get the first free
/// <c>-N</c> suffix (N from 2). So "Schritt", "Schritt", "Schritt 1" become <c>schritt</c>,
/// <c>schritt-2</c>, <c>schritt-1</c>, and a link to <c>#schritt-1</c> still lands on
/// "Schritt 1". Headings without letters or digits are <c>section</c>, <c>section-2</c>, ….
/// </summary>
internal static class HeadingAnchorAssigner
{
    private const string Fallback = "section";

    /// <summary>Anchors for <paramref name="texts"/>, in the same order.</summary>
    public static string[] Assign(IReadOnlyList<string> texts)
    {
        var natural = texts.Select(HeadingAnchorSlugger.Slug).ToArray();
        var anchors = new string?[natural.Length];
        var taken = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < natural.Length; i++)
        {
            if (natural[i].Length > 0 && taken.Add(natural[i]))
            {
                anchors[i] = natural[i];
            }
        }

        for (var i = 0; i < natural.Length; i++)
        {
            anchors[i] ??= FirstFree(natural[i].Length > 0 ? natural[i] : Fallback, taken);
        }

        return anchors!;
    }

    private static string FirstFree(string stem, HashSet<string> taken)
    {
        if (stem == Fallback && taken.Add(stem))
        {
            return stem;
        }

        for (var n = 2; ; n++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}");
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
