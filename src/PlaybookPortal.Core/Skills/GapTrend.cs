namespace PlaybookPortal.Core.Skills;

/// <summary>
/// The average gap of a group of reps on one skill over time, from the assessment history: at
/// each month end, every rep's current level as of then (their latest official assessment at or
/// before it) against their target. Reps not yet assessed then are counted apart and left out of
/// the average, as everywhere else ("not assessed" is never level 0). Pure and thread-safe.
/// </summary>
public static class GapTrend
{
    /// <summary>
    /// One point per month end in <paramref name="zone"/> from the month of the first assessment
    /// to the month of <paramref name="nowUtc"/> (the last point is "now", not a future month
    /// end). Empty when nobody in <paramref name="reps"/> was ever assessed.
    /// </summary>
    /// <param name="reps">Each rep with a target on the skill, and that target.</param>
    /// <param name="assessments">Official assessments of the skill; self-assessments must be left out.</param>
    /// <param name="nowUtc">The present; the last point shows the state at this instant.</param>
    /// <param name="zone">The portal's time zone, in which months end.</param>
    public static IReadOnlyList<GapTrendPoint> Compute(
        IReadOnlyList<GapTrendRep> reps, IReadOnlyList<GapTrendAssessment> assessments,
        DateTime nowUtc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var targets = reps.ToDictionary(r => r.UserId, r => r.Target);
        var history = assessments.Where(a => targets.ContainsKey(a.UserId))
            .OrderBy(a => a.AssessedUtc).ThenBy(a => a.Order).ToList();
        if (history.Count == 0)
        {
            return [];
        }

        var points = new List<GapTrendPoint>();
        foreach (var (day, cutoffUtc) in MonthEnds(history[0].AssessedUtc, nowUtc, zone))
        {
            points.Add(PointAt(day, cutoffUtc, targets, history));
        }

        return points;
    }

    /// <summary>
    /// The last local day of each month from <paramref name="firstUtc"/>'s month to
    /// <paramref name="nowUtc"/>'s, each with the UTC instant its day ends (the current month
    /// ends at <paramref name="nowUtc"/>).
    /// </summary>
    public static IEnumerable<(DateOnly Day, DateTime CutoffUtc)> MonthEnds(
        DateTime firstUtc, DateTime nowUtc, TimeZoneInfo zone)
    {
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(Utc(firstUtc), zone));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(Utc(nowUtc), zone));
        var month = new DateOnly(first.Year, first.Month, 1);
        while (month <= today)
        {
            var last = month.AddMonths(1).AddDays(-1);
            if (last >= today)
            {
                yield return (today, Utc(nowUtc));
                yield break;
            }

            var nextMidnight = last.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
            yield return (last, TimeZoneInfo.ConvertTimeToUtc(nextMidnight, zone).AddTicks(-1));
            month = month.AddMonths(1);
        }
    }

    private static GapTrendPoint PointAt(
        DateOnly day, DateTime cutoffUtc, Dictionary<string, int> targets, List<GapTrendAssessment> history)
    {
        var current = new Dictionary<string, int>();
        foreach (var assessment in history.TakeWhile(a => a.AssessedUtc <= cutoffUtc))
        {
            current[assessment.UserId] = assessment.Level;
        }

        var gaps = current.Select(c => new SkillGap(targets[c.Key], c.Value).Gap ?? 0).ToList();
        var below = gaps.Count(g => g > 0);
        double? average = gaps.Count == 0 ? null : gaps.Average();
        return new GapTrendPoint(day, targets.Count, gaps.Count, below, average);
    }

    private static DateTime Utc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc);
}
