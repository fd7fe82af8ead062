using PlaybookPortal.Core.Onboarding;

namespace PlaybookPortal.Core.Tests.Onboarding;

public sealed class StartDateRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Theory]
    [InlineData("2026-12-05", true)]
    [InlineData("2025-12-04", true)]
    [InlineData("2027-12-06", true)]
    [InlineData("2025-12-03", false)]
    [InlineData("9999-12-31", false)]
    [InlineData("1999-01-01", false)]
    public void IsAcceptable_AllowsAYearEitherSide(string start, bool expected) =>
        Assert.Equal(expected, StartDateRules.IsAcceptable(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), Today));

    [Fact]
    public void DueDate_NearTheCalendarsEnd_SaturatesInsteadOfThrowing()
    {
        var step = new StepPlan(1, "late", 0, StepKind.Task, "Late", 30, true);

        Assert.Equal(DateOnly.MaxValue, DueDates.DueDate(DateOnly.MaxValue.AddDays(-3), step));
    }
}
