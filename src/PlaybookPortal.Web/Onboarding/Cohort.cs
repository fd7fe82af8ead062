using PlaybookPortal.Data.Onboarding;

namespace PlaybookPortal.Web.Onboarding;

/// <summary>
/// The reps of one path who started in the same calendar month. <see cref="MedianDaysToFinish"/>
/// counts finished enrollments only (finished day minus start date) and is null while no one
/// has finished.
/// </summary>
public sealed record Cohort(
    DateOnly Month,
    IReadOnlyList<EnrollmentView> Members,
    int FinishedCount,
    double? MedianDaysToFinish,
    IReadOnlyList<OverdueStepCount> MostOverdue);
