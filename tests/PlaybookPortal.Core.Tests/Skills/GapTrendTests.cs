using PlaybookPortal.Core.Skills;

namespace PlaybookPortal.Core.Tests.Skills;

public class GapTrendTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static DateTime Utc(int year, int month, int day, int hour = 12) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Compute_NoAssessments_IsEmpty()
    {
        var points = GapTrend.Compute([new GapTrendRep("a", 3)], [], Utc(2026, 3, 1), Berlin);

        Assert.Empty(points);
    }

    [Fact]
    public void Compute_TwoReps_AveragesAssessedOnlyAndCountsTheRestApart()
    {
        GapTrendRep[] reps = [new("a", 3), new("b", 4), new("c", 2)];
        GapTrendAssessment[] history =
        [
            new("a", 1, Utc(2026, 1, 10), 1),
            new("b", 3, Utc(2026, 2, 5), 2),
            new("a", 3, Utc(2026, 3, 2), 3),
        ];

        var points = GapTrend.Compute(reps, history, Utc(2026, 3, 15), Berlin);

        Assert.Equal([new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 15)], points.Select(p => p.Day));
        Assert.Equal([2.0, 1.5, 0.5], points.Select(p => p.AverageGap!.Value));
        Assert.Equal([1, 2, 2], points.Select(p => p.AssessedCount));
        Assert.All(points, p => Assert.Equal(3, p.RepCount));
        Assert.Equal([1, 2, 1], points.Select(p => p.BelowTargetCount));
    }

    [Fact]
    public void Compute_AboveTarget_CountsAsZeroGapNotNegative()
    {
        var points = GapTrend.Compute([new GapTrendRep("a", 2)], [new GapTrendAssessment("a", 4, Utc(2026, 1, 10), 1)], Utc(2026, 1, 20), Berlin);

        Assert.Equal(0.0, Assert.Single(points).AverageGap);
    }

    [Fact]
    public void Compute_SameInstant_LaterRecordedWins()
    {
        var at = Utc(2026, 1, 10);
        GapTrendAssessment[] history = [new("a", 3, at, 2), new("a", 1, at, 1)];

        var points = GapTrend.Compute([new GapTrendRep("a", 3)], history, Utc(2026, 1, 20), Berlin);

        Assert.Equal(0.0, Assert.Single(points).AverageGap);
    }

    [Fact]
    public void Compute_AssessmentLateOnMonthEndInUtcButNextMonthLocally_CountsForNextMonth()
    {
        // 23:30 UTC on 31 January is already 1 February in Berlin.
        GapTrendAssessment[] history = [new("a", 1, Utc(2026, 1, 10), 1), new("a", 3, new DateTime(2026, 1, 31, 23, 30, 0, DateTimeKind.Utc), 2)];

        var points = GapTrend.Compute([new GapTrendRep("a", 3)], history, Utc(2026, 2, 10), Berlin);

        Assert.Equal([2.0, 0.0], points.Select(p => p.AverageGap!.Value));
    }

    [Fact]
    public void Compute_AssessmentsOfRepsWithoutTarget_AreIgnored()
    {
        var points = GapTrend.Compute([new GapTrendRep("a", 3)], [new GapTrendAssessment("z", 0, Utc(2026, 1, 10), 1)], Utc(2026, 1, 20), Berlin);

        Assert.Empty(points);
    }
}
