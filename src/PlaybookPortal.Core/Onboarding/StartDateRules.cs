namespace PlaybookPortal.Core.Onboarding;

/// <summary>
/// Which start dates an enrollment or a schedule preview accepts: within a year either side of
/// today. Anything further is a typing slip (9999 for 2026) that would make every step overdue
/// at once or push due dates past the calendar's end.
/// </summary>
public static class StartDateRules
{
    public const int MaxDaysFromToday = 366;

    public static bool IsAcceptable(DateOnly start, DateOnly today) =>
        Math.Abs(start.DayNumber - today.DayNumber) <= MaxDaysFromToday;

    public static string Problem(DateOnly today) =>
        $"Choose a start date within a year of today ({today.AddDays(-MaxDaysFromToday):yyyy-MM-dd} to {today.AddDays(MaxDaysFromToday):yyyy-MM-dd}).";
}
