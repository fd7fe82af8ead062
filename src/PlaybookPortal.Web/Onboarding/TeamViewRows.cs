using PlaybookPortal.Components;
using PlaybookPortal.Data.Onboarding;

namespace PlaybookPortal.Web.Onboarding;

/// <summary>Turns loaded enrollments into the plain rows the <see cref="TeamTable"/> lays out.</summary>
public static class TeamViewRows
{
    /// <summary>The enrollment's detail page, where a manager signs off (built with the enrollment pages).</summary>
    public static string DetailUrl(long enrollmentId) => $"/onboarding/enrollments/{enrollmentId}";

    public static IReadOnlyList<TeamTableRow> From(IEnumerable<EnrollmentView> rows) =>
        rows.Select(r => new TeamTableRow(
            r.EnrollmentId,
            r.UserName,
            DetailUrl(r.EnrollmentId),
            r.TeamName,
            r.PathTitle,
            r.Progress.StartDate,
            r.Progress.PercentDone,
            r.Progress.ExpectedPercent,
            r.Progress.OverdueCount,
            TeamRowOrder.FinishDate(r),
            r.Progress.FinishedOn is not null,
            r.Progress.Status)).ToList();
}
