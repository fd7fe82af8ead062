using PlaybookPortal.Core.Onboarding;

namespace PlaybookPortal.Core.Tests.Onboarding;

public class ProgressCalculatorTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly DateOnly Start = new(2026, 3, 27);

    private static readonly StepPlan[] Steps =
    [
        new(1, "read", 0, StepKind.Read, "Read", 0, true),
        new(2, "task", 1, StepKind.Task, "Task", 2, true),
        new(3, "demo", 2, StepKind.Signoff, "Demo", 3, true),
        new(4, "extra", 3, StepKind.Task, "Extra", 1, false),
    ];

    [Fact]
    public void Calculate_OnTheDayOfTheChange_StepDueThatDayIsStillOpen()
    {
        var progress = Calculate(new DateOnly(2026, 3, 29), Done(1));

        Assert.Equal(StepState.Open, State(progress, 2));
        Assert.Equal(EnrollmentStatus.OnTrack, progress.Status);
    }

    [Fact]
    public void Calculate_DayAfter_StepDueTheDayOfTheChangeIsOverdue()
    {
        var progress = Calculate(new DateOnly(2026, 3, 30), Done(1));

        Assert.Equal(StepState.Overdue, State(progress, 2));
        Assert.Equal(1, progress.OverdueCount);
        Assert.Equal(EnrollmentStatus.Behind, progress.Status);
        Assert.Equal([4L, 2L, 3L], progress.NextSteps.Select(s => s.Step.Key));
    }

    [Fact]
    public void Calculate_CountsRequiredStepsOnly_WithExpectedPercent()
    {
        var progress = Calculate(new DateOnly(2026, 3, 29), Done(1, 4));

        Assert.Equal(3, progress.RequiredCount);
        Assert.Equal(1, progress.RequiredDone);
        Assert.Equal(33, progress.PercentDone);
        Assert.Equal(66, progress.ExpectedPercent);
        Assert.Equal(new DateOnly(2026, 3, 30), progress.PlannedFinish);
    }

    [Fact]
    public void Calculate_StepAddedAfterEnrollment_IsDueFromTheDayItJoined()
    {
        var late = new StepPlan(5, "late", 4, StepKind.Task, "Late", 1, true, AddedOn: new DateOnly(2026, 4, 10));

        var progress = ProgressCalculator.Calculate(Start, new DateOnly(2026, 4, 10), [.. Steps, late], Done(1, 2, 3), null, Berlin);

        Assert.Equal(new DateOnly(2026, 4, 11), progress.Steps.Single(s => s.Step.Key == 5).DueDate);
        Assert.Equal(75, progress.PercentDone);
        Assert.Null(progress.FinishedOn);
    }

    [Fact]
    public void Calculate_RemovedSteps_KeptOnlyWhenDoneAndNeverCounted()
    {
        StepPlan[] steps =
        [
            new(1, "read", 0, StepKind.Read, "Read", 0, true),
            new(6, "gone-done", 1, StepKind.Task, "Gone done", 1, true, Removed: true),
            new(7, "gone-open", 2, StepKind.Task, "Gone open", 1, true, Removed: true),
        ];

        var progress = ProgressCalculator.Calculate(Start, new DateOnly(2026, 3, 28), steps, Done(1, 6), null, Berlin);

        Assert.Equal([1L, 6L], progress.Steps.Select(s => s.Step.Key));
        Assert.Equal(1, progress.RequiredCount);
        Assert.Equal(100, progress.PercentDone);
        Assert.Equal(EnrollmentStatus.Finished, progress.Status);
    }

    [Fact]
    public void Calculate_ReopenedReadStep_IsMarkedAndNotDone()
    {
        var progress = ProgressCalculator.Calculate(Start, Start, Steps, Done(), new HashSet<long> { 1 }, Berlin);

        var read = progress.Steps.Single(s => s.Step.Key == 1);
        Assert.True(read.Reopened);
        Assert.False(read.IsDone);
    }

    private static EnrollmentProgress Calculate(DateOnly today, Dictionary<long, StepDone> done) =>
        ProgressCalculator.Calculate(Start, today, Steps, done, null, Berlin);

    private static StepState State(EnrollmentProgress progress, long key) => progress.Steps.Single(s => s.Step.Key == key).State;

    private static Dictionary<long, StepDone> Done(params long[] keys) =>
        keys.ToDictionary(k => k, _ => new StepDone(new DateTime(2026, 3, 28, 9, 0, 0, DateTimeKind.Utc), "Rita", null));
}
