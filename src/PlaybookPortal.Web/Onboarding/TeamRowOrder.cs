using PlaybookPortal.Components;
using PlaybookPortal.Data.Onboarding;

namespace PlaybookPortal.Web.Onboarding;

/// <summary>
/// Sorts the team view's rows by a column. Ties fall back to the rep's name and then the
/// enrollment, so the order never changes between two loads of the same data.
/// </summary>
public static class TeamRowOrder
{
    public static IReadOnlyList<EnrollmentView> Apply(IEnumerable<EnrollmentView> rows, TeamSort sort, bool descending)
    {
        var ordered = sort switch
        {
            TeamSort.Team => By(rows, r => r.TeamName ?? "", descending),
            TeamSort.Path => By(rows, r => r.PathTitle, descending),
            TeamSort.Start => By(rows, r => r.Progress.StartDate, descending),
            TeamSort.Percent => By(rows, r => r.Progress.PercentDone, descending),
            TeamSort.Expected => By(rows, r => r.Progress.ExpectedPercent, descending),
            TeamSort.Gap => By(rows, r => r.Progress.PercentDone - r.Progress.ExpectedPercent, descending),
            TeamSort.Overdue => By(rows, r => r.Progress.OverdueCount, descending),
            TeamSort.Finish => By(rows, FinishDate, descending),
            TeamSort.Status => By(rows, r => r.Progress.Status, descending),
            _ => By(rows, r => r.UserName, descending),
        };
        return ordered
            .ThenBy(r => r.UserName, StringComparer.InvariantCultureIgnoreCase)
            .ThenBy(r => r.EnrollmentId)
            .ToList();
    }

    /// <summary>The finished day once finished, else the planned finish.</summary>
    public static DateOnly FinishDate(EnrollmentView row) => row.Progress.FinishedOn ?? row.Progress.PlannedFinish;

    private static IOrderedEnumerable<EnrollmentView> By<TKey>(
        IEnumerable<EnrollmentView> rows, Func<EnrollmentView, TKey> key, bool descending)
    {
        var comparer = typeof(TKey) == typeof(string)
            ? (IComparer<TKey>)StringComparer.InvariantCultureIgnoreCase
            : Comparer<TKey>.Default;
        return descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);
    }
}
