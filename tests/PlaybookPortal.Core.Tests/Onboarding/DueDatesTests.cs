using PlaybookPortal.Core.Onboarding;

namespace PlaybookPortal.Core.Tests.Onboarding;

public class DueDatesTests
{
    // Europe/Berlin springs forward on Sunday 29 March 2026 (02:00 becomes 03:00).
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly DateOnly Start = new(2026, 3, 27);

    [Theory]
    [InlineData(0, "2026-03-27")]
    [InlineData(2, "2026-03-29")]
    [InlineData(3, "2026-03-30")]
    [InlineData(10, "2026-04-06")]
    public void DueDate_StartTwoDaysBeforeDaylightSaving_StaysOnCalendarDays(int dueDay, string expected)
    {
        var step = new StepPlan(1, "s", 0, StepKind.Task, "Step", dueDay, true);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DueDates.DueDate(Start, step));
    }

    [Fact]
    public void EndOfDayUtc_AcrossTheChange_IsLocalMidnightInEachOffset()
    {
        Assert.Equal(new DateTime(2026, 3, 27, 23, 0, 0, DateTimeKind.Utc), DueDates.EndOfDayUtc(Start, Berlin));
        Assert.Equal(new DateTime(2026, 3, 29, 22, 0, 0, DateTimeKind.Utc), DueDates.EndOfDayUtc(new DateOnly(2026, 3, 29), Berlin));
    }

    [Fact]
    public void LocalDay_JustAfterLocalMidnightInSummerTime_IsTheNextDay()
    {
        var justAfter = new DateTime(2026, 3, 29, 22, 0, 1, DateTimeKind.Utc);

        Assert.Equal(new DateOnly(2026, 3, 30), DueDates.LocalDay(justAfter, Berlin));
        Assert.Equal(new DateOnly(2026, 3, 29), DueDates.LocalDay(justAfter.AddSeconds(-2), Berlin));
    }

    [Fact]
    public void DueDate_StepAddedAfterTheStart_CountsFromTheDayItWasAdded()
    {
        var added = new StepPlan(1, "late", 3, StepKind.Task, "Late step", 2, true, AddedOn: new DateOnly(2026, 4, 1));

        Assert.Equal(new DateOnly(2026, 4, 3), DueDates.DueDate(Start, added));
    }
}
