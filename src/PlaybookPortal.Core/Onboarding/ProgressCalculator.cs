namespace PlaybookPortal.Core.Onboarding;

/// <summary>Computes an enrollment's progress from its steps and what was done, for a given day.</summary>
public static class ProgressCalculator
{
    /// <summary>
    /// <paramref name="done"/> maps step keys to their current completion. A
    /// <paramref name="completedUtc"/> (the enrollment recorded as finished) keeps the finish
    /// date even when a step reopens for others. <paramref name="reopened"/> names read steps
    /// whose playbook changed materially after the rep had read it.
    /// </summary>
    public static EnrollmentProgress Calculate(
        DateOnly startDate,
        DateOnly today,
        IEnumerable<StepPlan> steps,
        IReadOnlyDictionary<long, StepDone> done,
        IReadOnlySet<long>? reopened,
        TimeZoneInfo zone,
        DateTime? completedUtc = null)
    {
        var progress = new List<StepProgress>();
        foreach (var step in steps.OrderBy(s => s.Removed).ThenBy(s => s.Order))
        {
            done.TryGetValue(step.Key, out var completion);
            if (step.Removed && completion is null)
            {
                // A removed step the rep never did is no part of their path any more.
                continue;
            }

            var due = DueDates.DueDate(startDate, step);
            var state = completion is not null ? StepState.Done
                : due < today ? StepState.Overdue
                : StepState.Open;
            progress.Add(new StepProgress(step, due, state, completion,
                completion is null && reopened is not null && reopened.Contains(step.Key)));
        }

        var required = progress.Where(p => p.Step.Required && !p.Step.Removed).ToList();
        var requiredDone = required.Count(p => p.IsDone);
        var overdue = required.Count(p => p.State == StepState.Overdue);
        var dueByToday = required.Count(p => p.DueDate <= today);
        var planned = required.Count == 0 ? startDate : required.Max(p => p.DueDate);
        var allDone = requiredDone == required.Count;

        DateOnly? finishedOn = null;
        if (completedUtc is { } completed)
        {
            finishedOn = DueDates.LocalDay(completed, zone);
        }
        else if (allDone)
        {
            var last = required.Select(p => p.Done!.CompletedUtc).DefaultIfEmpty().Max();
            finishedOn = required.Count == 0 ? startDate : DueDates.LocalDay(last, zone);
        }

        var status = finishedOn is not null ? EnrollmentStatus.Finished
            : today < startDate ? EnrollmentStatus.NotStarted
            : overdue > 0 ? EnrollmentStatus.Behind
            : EnrollmentStatus.OnTrack;

        return new EnrollmentProgress
        {
            StartDate = startDate,
            Today = today,
            Steps = progress,
            RequiredCount = required.Count,
            RequiredDone = requiredDone,
            PercentDone = Percent(requiredDone, required.Count),
            ExpectedPercent = Percent(dueByToday, required.Count),
            OverdueCount = finishedOn is null ? overdue : 0,
            PlannedFinish = planned,
            FinishedOn = finishedOn,
            Status = status,
        };
    }

    private static int Percent(int part, int whole) => whole == 0 ? 100 : part * 100 / whole;
}
