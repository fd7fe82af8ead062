using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using PlaybookPortal.Components;
using PlaybookPortal.Core.Onboarding;

namespace PlaybookPortal.Web.Onboarding;

/// <summary>
/// What the team view shows, as its query string carries it: filters by team, path and status
/// and the sorted column. Unknown values mean "no filter" rather than an error, so an old
/// bookmark still opens.
/// </summary>
public sealed record TeamViewFilter(
    int? TeamId, string? PathId, EnrollmentStatus? Status, TeamSort Sort, bool Descending)
{
    public const string PagePath = "/onboarding/team";

    public static TeamViewFilter Parse(string? team, string? path, string? status, string? sort, string? dir) => new(
        int.TryParse(team, NumberStyles.None, CultureInfo.InvariantCulture, out var teamId) ? teamId : null,
        string.IsNullOrWhiteSpace(path) ? null : path.Trim(),
        EnrollmentStatusText.Parse(status),
        Enum.TryParse<TeamSort>(sort, ignoreCase: true, out var column) && Enum.IsDefined(column)
            && !int.TryParse(sort, out _) ? column : TeamSort.Rep,
        string.Equals(dir, "desc", StringComparison.OrdinalIgnoreCase));

    /// <summary>The team view with these filters, sorted as asked.</summary>
    public string Url(TeamSort sort, bool descending) => WithQuery(PagePath, sort, descending, handler: null);

    /// <summary>The CSV of exactly what the page shows.</summary>
    public string CsvUrl => WithQuery(PagePath, Sort, Descending, handler: "csv");

    private string WithQuery(string path, TeamSort sort, bool descending, string? handler)
    {
        var query = new Dictionary<string, string?>();
        if (handler is not null)
        {
            query["handler"] = handler;
        }

        if (TeamId is { } team)
        {
            query["team"] = team.ToString(CultureInfo.InvariantCulture);
        }

        if (PathId is not null)
        {
            query["path"] = PathId;
        }

        if (Status is { } status)
        {
            query["status"] = EnrollmentStatusText.QueryValue(status);
        }

        query["sort"] = sort.ToString().ToLowerInvariant();
        if (descending)
        {
            query["dir"] = "desc";
        }

        return QueryHelpers.AddQueryString(path, query);
    }
}
