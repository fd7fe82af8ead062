using System.Globalization;
using Microsoft.AspNetCore.Components;
using PlaybookPortal.Core.Onboarding;

namespace PlaybookPortal.Components;

/// <summary>
/// The team view's table: one row per enrollment, every column header a link that sorts by it
/// (the sorted one toggles direction) and carries <c>aria-sort</c>. Rendered statically; it
/// sorts nothing itself: the rows arrive in the order the links asked for.
/// </summary>
public partial class TeamTable
{
    private static readonly IReadOnlyList<(TeamSort Sort, string Label)> Columns =
    [
        (TeamSort.Rep, "Rep"),
        (TeamSort.Team, "Team"),
        (TeamSort.Path, "Path"),
        (TeamSort.Start, "Start"),
        (TeamSort.Percent, "Done"),
        (TeamSort.Expected, "Expected"),
        (TeamSort.Gap, "Behind / ahead"),
        (TeamSort.Overdue, "Overdue steps"),
        (TeamSort.Finish, "Finish"),
        (TeamSort.Status, "Status"),
    ];

    [Parameter, EditorRequired]
    public IReadOnlyList<TeamTableRow> Rows { get; set; } = [];

    /// <summary>The column the rows are sorted by.</summary>
    [Parameter]
    public TeamSort Sort { get; set; } = TeamSort.Rep;

    [Parameter]
    public bool Descending { get; set; }

    /// <summary>The page's address sorted by a column in a direction (true: descending), filters kept.</summary>
    [Parameter, EditorRequired]
    public Func<TeamSort, bool, string> SortUrl { get; set; } = (_, _) => "";

    [Parameter]
    public string EmptyText { get; set; } = "No enrollments match these filters.";

    [Parameter]
    public string Caption { get; set; } = "Onboarding progress per rep";

    private string? AriaSort(TeamSort column) =>
        column != Sort ? null : Descending ? "descending" : "ascending";

    private string SortMark(TeamSort column) =>
        column != Sort ? "" : Descending ? " ▼" : " ▲";

    private bool NextDescending(TeamSort column) => column == Sort && !Descending;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Percent(int value) => value.ToString(CultureInfo.InvariantCulture) + " %";

    private static string Gap(int points) => points switch
    {
        > 0 => "+" + points.ToString(CultureInfo.InvariantCulture),
        _ => points.ToString(CultureInfo.InvariantCulture),
    };

    private static string GapClass(int points) => points < 0 ? "team-table-behind" : "";

    private static string StatusClass(EnrollmentStatus status) => EnrollmentStatusText.QueryValue(status);
}
