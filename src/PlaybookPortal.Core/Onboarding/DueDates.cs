namespace PlaybookPortal.Core.Onboarding;

/// <summary>
/// Due days are calendar days in the portal's time zone: day 0 is the start date. Counting in
/// dates rather than hours keeps a due date right across a daylight-saving change.
/// </summary>
public static class DueDates
{
    /// <summary>
    /// The step's due date. A step that joined the path after the rep was enrolled counts its
    /// due day from the day it was added, when that is later than the start date.
    /// </summary>
    public static DateOnly DueDate(DateOnly startDate, StepPlan step)
    {
        var origin = step.AddedOn is { } added && added > startDate ? added : startDate;

        // Saturate rather than throw: a stored start near the calendar's end must not take
        // every page that shows the enrollment down with it.
        var days = Math.Min(step.DueDay, DateOnly.MaxValue.DayNumber - origin.DayNumber);
        return origin.AddDays(days);
    }

    /// <summary>The calendar day an instant falls on in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDay(DateTime utc, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));

    /// <summary>
    /// The instant a local day ends (the next local midnight) in UTC: a step due that day is
    /// overdue from then on. A midnight skipped by a daylight-saving change moves to the first
    /// valid local time after it.
    /// </summary>
    public static DateTime EndOfDayUtc(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(midnight, zone);
    }
}
