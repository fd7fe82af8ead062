using System.Globalization;

namespace PlaybookPortal.CorpusCheck;

/// <summary>Where the first right answer of one judged search ranked.</summary>
/// <param name="Search">The judged search.</param>
/// <param name="Rank">1-based position of the first right answer on the first page, or null.</param>
/// <param name="Outcome">What the table shows when there is no rank (no results, an HTTP status, …).</param>
internal sealed record SearchRank(JudgedSearch Search, int? Rank, string Outcome)
{
    /// <summary>A right answer must be among the first three results, where readers look.</summary>
    public const int Worst = 3;

    public bool Passed => Rank is <= Worst;

    /// <summary>The rank, or why there is none, as the table and the findings show it.</summary>
    public string Shown => Rank is { } rank ? rank.ToString(CultureInfo.InvariantCulture) : Outcome;

    public static SearchRank Ranked(JudgedSearch search, int rank) => new(search, rank, "");

    public static SearchRank Unranked(JudgedSearch search, string outcome) => new(search, null, outcome);
}
