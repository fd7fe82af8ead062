using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Web.Onboarding;

namespace PlaybookPortal.Web.Tests.Onboarding;

/// <summary>Cohorts computed on a fixed day, so due dates and lateness never depend on when tests run.</summary>
public sealed class CohortBuilderTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.Utc;

    private static readonly StepPlan[] Steps =
    [
        new(1, "s1", 0, StepKind.Task, "Shadow a call", 0, true),
        new(2, "s2", 1, StepKind.Task, "Run a discovery call", 5, true),
        new(3, "s3", 2, StepKind.Task, "Close a deal", 10, true),
    ];

    [Fact]
    public void Build_TwoMonths_GroupsByStartMonthWithMedianAndLateSteps()
    {
        var january = new DateOnly(2026, 1, 1);
        var enrollments = new[]
        {
            View(1, "Ada", new(2026, 1, 5), (1, new(2026, 1, 5)), (2, new(2026, 1, 12)), (3, new(2026, 1, 15))),
            View(2, "Bo", new(2026, 1, 20), (1, new(2026, 1, 20)), (2, new(2026, 1, 25)), (3, new(2026, 1, 27))),
            View(3, "Cy", new(2026, 1, 25)),
            View(4, "Di", new(2026, 2, 1), (1, new(2026, 2, 1))),
        };

        var cohorts = CohortBuilder.Build(enrollments, Zone);

        Assert.Equal([january, new DateOnly(2026, 2, 1)], cohorts.Select(c => c.Month));
        var first = cohorts[0];
        Assert.Equal(["Ada", "Bo", "Cy"], first.Members.Select(m => m.UserName));
        Assert.Equal(2, first.FinishedCount);
        Assert.Equal(8.5, first.MedianDaysToFinish);
        Assert.Equal(
            [("s2", 2), ("s3", 1), ("s1", 1)],
            first.MostOverdue.Select(o => (o.StepId, o.Count)));
        Assert.Null(cohorts[1].MedianDaysToFinish);
        Assert.Equal(0, cohorts[1].FinishedCount);
        Assert.Equal(["s3", "s2"], cohorts[1].MostOverdue.Select(o => o.StepId));
    }

    [Fact]
    public void Build_StepDoneOnItsDueDay_IsNotLate()
    {
        var onTime = View(1, "Ed", new(2026, 3, 1), (1, new(2026, 3, 1)), (2, new(2026, 3, 6)), (3, new(2026, 3, 11)));

        var cohort = Assert.Single(CohortBuilder.Build([onTime], Zone));

        Assert.Empty(cohort.MostOverdue);
        Assert.Equal(10, cohort.MedianDaysToFinish);
    }

    [Theory]
    [InlineData(new int[0], null)]
    [InlineData(new[] { 9 }, 9.0)]
    [InlineData(new[] { 20, 4, 9 }, 9.0)]
    [InlineData(new[] { 4, 9, 20, 3 }, 6.5)]
    public void Median_Values_TakesTheMiddle(int[] values, double? expected)
    {
        Assert.Equal(expected, CohortBuilder.Median(values));
    }

    private static EnrollmentView View(long id, string name, DateOnly start, params (long Key, DateOnly On)[] done)
    {
        var completions = done.ToDictionary(
            d => d.Key, d => new StepDone(d.On.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc), name, null));
        var progress = ProgressCalculator.Calculate(start, Today, Steps, completions, null, Zone);
        return new EnrollmentView(id, "user-" + name, name, null, 1, "Team", "ramp", "Ramp", progress);
    }
}
