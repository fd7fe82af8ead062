using System.Globalization;
using System.Net;
using System.Text;
using PlaybookPortal.Core.Onboarding;

namespace PlaybookPortal.Web.Bench;

/// <summary>
/// Writes the team table by hand with a <see cref="StringBuilder"/>: the same columns, links,
/// bars and words as the <c>TeamTable</c> component, sorted by rep as the page sorts by default.
/// What <c>/onboarding/team</c> costs beyond this is EF Core, the page, the component and the layout.
/// </summary>
public static class RawTeamPage
{
    private static readonly string[] Headers =
        ["Rep", "Team", "Path", "Start", "Done", "Expected", "Behind / ahead", "Overdue steps", "Finish", "Status"];

    public static string Write(IEnumerable<RawTeamRows.Row> rows)
    {
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Team onboarding</title></head><body>");
        html.Append("<h1>Team onboarding</h1><div class=\"table-wrap team-table-wrap\"><table class=\"team-table\">");
        html.Append("<caption class=\"visually-hidden\">Onboarding progress per rep</caption><thead><tr>");
        foreach (var header in Headers)
        {
            html.Append("<th scope=\"col\"><a href=\"/onboarding/team?sort=x\">").Append(header).Append("</a></th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows.OrderBy(r => r.Name, StringComparer.InvariantCultureIgnoreCase).ThenBy(r => r.Id))
        {
            AppendRow(html, row);
        }

        return html.Append("</tbody></table></div></body></html>").ToString();
    }

    private static void AppendRow(StringBuilder html, RawTeamRows.Row row)
    {
        var p = row.Progress;
        var finish = p.FinishedOn ?? p.PlannedFinish;
        var gap = p.PercentDone - p.ExpectedPercent;
        var c = CultureInfo.InvariantCulture;
        html.Append(c, $"<tr><th scope=\"row\"><a href=\"/onboarding/enrollments/{row.Id}\">")
            .Append(WebUtility.HtmlEncode(row.Name)).Append("</a></th><td>")
            .Append(WebUtility.HtmlEncode(row.Team ?? "No team")).Append("</td><td>")
            .Append(WebUtility.HtmlEncode(row.PathTitle)).Append("</td>")
            .Append(c, $"<td><time datetime=\"{p.StartDate:yyyy-MM-dd}\">{p.StartDate:yyyy-MM-dd}</time></td>")
            .Append(c, $"<td class=\"team-table-percent\"><progress max=\"100\" value=\"{p.PercentDone}\" aria-hidden=\"true\"></progress><span>{p.PercentDone} %</span></td>")
            .Append(c, $"<td class=\"team-table-number\">{p.ExpectedPercent} %</td>")
            .Append(c, $"<td class=\"team-table-number{(gap < 0 ? " team-table-behind" : "")}\">{(gap > 0 ? "+" : "")}{gap}</td>")
            .Append(c, $"<td class=\"team-table-number\">{p.OverdueCount}</td>")
            .Append(c, $"<td><time datetime=\"{finish:yyyy-MM-dd}\">{finish:yyyy-MM-dd}</time> <span class=\"muted\">{(p.FinishedOn is null ? "planned" : "finished")}</span></td>")
            .Append(c, $"<td><span class=\"team-status team-status--{p.Status.ToString().ToLowerInvariant()}\">{Words(p.Status)}</span></td></tr>");
    }

    private static string Words(EnrollmentStatus status) => status switch
    {
        EnrollmentStatus.NotStarted => "Not started",
        EnrollmentStatus.OnTrack => "On track",
        EnrollmentStatus.Behind => "Behind",
        _ => "Finished",
    };
}
