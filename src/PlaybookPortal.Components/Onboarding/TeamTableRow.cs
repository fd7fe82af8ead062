using PlaybookPortal.Core.Onboarding;

namespace PlaybookPortal.Components;

/// <summary>
/// One enrollment as the team table shows it: figures already computed, so the component only
/// lays them out. <see cref="FinishDate"/> is the finished day once <see cref="IsFinished"/>,
/// else the planned finish.
/// </summary>
public sealed record TeamTableRow(
    long EnrollmentId,
    string RepName,
    string DetailUrl,
    string? TeamName,
    string PathTitle,
    DateOnly StartDate,
    int PercentDone,
    int ExpectedPercent,
    int OverdueSteps,
    DateOnly FinishDate,
    bool IsFinished,
    EnrollmentStatus Status)
{
    /// <summary>Actual minus expected, in percentage points: negative is behind, positive ahead.</summary>
    public int Gap => PercentDone - ExpectedPercent;
}
