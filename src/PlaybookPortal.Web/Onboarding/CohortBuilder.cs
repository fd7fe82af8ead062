using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Data.Onboarding;

namespace PlaybookPortal.Web.Onboarding;

/// <summary>
/// Groups a path's enrollments by the month they started and works out, per month, how long
/// finishing took and which steps ran late most often. Pure: the progress it reads was
/// computed for one day, so the same input always gives the same cohorts.
/// </summary>
public static class CohortBuilder
{
    /// <summary>Cohorts oldest first; members by name.</summary>
    public static IReadOnlyList<Cohort> Build(IEnumerable<EnrollmentView> enrollments, TimeZoneInfo zone) =>
        enrollments
            .GroupBy(e => new DateOnly(e.Progress.StartDate.Year, e.Progress.StartDate.Month, 1))
            .OrderBy(g => g.Key)
            .Select(g => BuildOne(g.Key, g.ToList(), zone))
            .ToList();

    /// <summary>The middle value, or the mean of the two middle ones; null for none.</summary>
    public static double? Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    /// <summary>
    /// True when the step ran late: overdue now, or done on a local day after its due date.
    /// </summary>
    public static bool RanLate(StepProgress step, TimeZoneInfo zone) =>
        step.State == StepState.Overdue
        || (step.Done is { } done && DueDates.LocalDay(done.CompletedUtc, zone) > step.DueDate);

    private static Cohort BuildOne(DateOnly month, List<EnrollmentView> members, TimeZoneInfo zone)
    {
        var finishDays = members
            .Where(m => m.Progress.FinishedOn is not null)
            .Select(m => m.Progress.FinishedOn.GetValueOrDefault().DayNumber - m.Progress.StartDate.DayNumber)
            .ToList();

        var late = members
            .SelectMany(m => m.Progress.Steps.Where(s => !s.Step.Removed && RanLate(s, zone)))
            .GroupBy(s => s.Step.StepId)
            .Select(g => new OverdueStepCount(g.Key, g.First().Step.Title, g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Title, StringComparer.InvariantCultureIgnoreCase)
            .ToList();

        var ordered = members
            .OrderBy(m => m.UserName, StringComparer.InvariantCultureIgnoreCase)
            .ThenBy(m => m.EnrollmentId)
            .ToList();
        return new Cohort(month, ordered, finishDays.Count, Median(finishDays), late);
    }
}
