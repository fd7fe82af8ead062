using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace PlaybookPortal.Web.Bench;

/// <summary>
/// Writes the gap grid by hand into a <see cref="StringBuilder"/>: the same group toggles,
/// headers, cells, scale classes, values, accessible labels and details as the <c>GapGrid</c>
/// component. What <c>/skills/matrix</c> costs beyond this is EF Core, the page, the filters,
/// the component and the layout.
/// </summary>
public static class RawMatrixPage
{
    private static readonly string[] LevelNames = ["none", "aware", "working", "proficient", "expert"];

    public static string Write(RawMatrixRows rows, TimeZoneInfo zone)
    {
        var html = new StringBuilder(4 * 1024 * 1024);
        var encoder = HtmlEncoder.Default;
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Skill gaps</title></head><body><h1>Skill gaps</h1>");
        var hard = rows.Skills.Count(s => s.IsHard);
        var groups = new List<(string Key, string Title, int Count)>();
        if (hard > 0)
        {
            groups.Add(("hard", "Hard skills", hard));
        }

        if (hard < rows.Skills.Count)
        {
            groups.Add(("soft", "Soft skills", rows.Skills.Count - hard));
        }

        html.Append("<div class=\"gap-grid-groups\" data-gap-grid-groups hidden><span class=\"gap-grid-groups__label\">Show:</span>");
        foreach (var group in groups)
        {
            html.Append("<button type=\"button\" class=\"gap-grid-groups__toggle\" aria-pressed=\"true\" data-gap-grid-toggle=\"")
                .Append(group.Key).Append("\">").Append(group.Title).Append("</button>");
        }

        html.Append("</div><div class=\"gap-grid-scroll\"><table class=\"gap-grid\" role=\"grid\" aria-label=\"Skill gaps\" data-gap-grid")
            .Append(" aria-rowcount=\"").Append(rows.Reps.Count + 2).Append("\" aria-colcount=\"").Append(rows.Skills.Count + 1)
            .Append("\"><thead><tr role=\"row\"><td role=\"columnheader\" class=\"gap-grid__corner\" rowspan=\"2\">Rep</td>");
        foreach (var group in groups)
        {
            html.Append("<th role=\"columnheader\" scope=\"colgroup\" colspan=\"").Append(group.Count)
                .Append("\" class=\"gap-grid__group\" data-group=\"").Append(group.Key).Append("\">").Append(group.Title).Append("</th>");
        }

        html.Append("</tr><tr role=\"row\">");
        var names = new string[rows.Skills.Count];
        for (var s = 0; s < rows.Skills.Count; s++)
        {
            names[s] = encoder.Encode(rows.Skills[s].Name);
            html.Append("<th role=\"columnheader\" scope=\"col\" class=\"gap-grid__skill\" data-group=\"")
                .Append(rows.Skills[s].IsHard ? "hard" : "soft").Append("\"><span>").Append(names[s]).Append("</span></th>");
        }

        html.Append("</tr></thead><tbody>");
        for (var r = 0; r < rows.Reps.Count; r++)
        {
            AppendRow(html, rows, r, names, zone, encoder);
        }

        return html.Append("</tbody></table></div></body></html>").ToString();
    }

    private static void AppendRow(StringBuilder html, RawMatrixRows rows, int r, string[] names, TimeZoneInfo zone, HtmlEncoder encoder)
    {
        var rep = rows.Reps[r];
        var url = "/skills/people/" + Uri.EscapeDataString(rep.Id);
        var name = encoder.Encode(rep.Name);
        html.Append("<tr role=\"row\"><th role=\"rowheader\" scope=\"row\" class=\"gap-grid__rep\" tabindex=\"")
            .Append(r == 0 ? "0" : "-1").Append("\"><a href=\"").Append(url).Append("\" tabindex=\"-1\">").Append(name).Append("</a>");
        if (rep.Team is not null)
        {
            html.Append("<span class=\"gap-grid__team\">").Append(encoder.Encode(rep.Team)).Append("</span>");
        }

        html.Append("</th>");
        var targets = rep.PositionId is { } position ? rows.Targets.GetValueOrDefault(position) : null;
        for (var s = 0; s < rows.Skills.Count; s++)
        {
            var target = targets?[s] ?? -1;
            var official = rows.Official[(r * rows.Skills.Count) + s];
            var self = rows.Self[(r * rows.Skills.Count) + s];
            var gap = target >= 0 && official.IsPresent ? Math.Max(0, target - official.Level) : -1;
            html.Append("<td role=\"gridcell\" tabindex=\"-1\" class=\"gap-cell ")
                .Append(target < 0 ? "gap-cell--no-target" : gap < 0 ? "gap-cell--not-assessed" : gap switch
                {
                    0 => "gap-cell--met",
                    1 => "gap-cell--gap-1",
                    2 => "gap-cell--gap-2",
                    3 => "gap-cell--gap-3",
                    _ => "gap-cell--gap-4",
                })
                .Append("\" data-group=\"").Append(rows.Skills[s].IsHard ? "hard" : "soft").Append("\" aria-label=\"")
                .Append(name).Append(", ").Append(names[s]).Append(": ");
            if (target >= 0)
            {
                html.Append("target ").Append(target);
            }
            else
            {
                html.Append("no target");
            }

            if (official.IsPresent)
            {
                html.Append(", current ").Append(official.Level);
            }
            else
            {
                html.Append(", not assessed");
            }

            if (gap == 0)
            {
                html.Append(", target met");
            }
            else if (gap > 0)
            {
                html.Append(", gap ").Append(gap);
            }

            html.Append("\"><a href=\"").Append(url).Append("\" tabindex=\"-1\" aria-hidden=\"true\"><span class=\"gap-cell__value\">")
                .Append(target < 0 ? "&#x2013;" : gap < 0 ? "n/a" : gap == 0 ? "&#x2713;" : "&#x2212;")
                .Append(gap > 0 ? gap.ToString(CultureInfo.InvariantCulture) : "")
                .Append("</span></a><span class=\"gap-cell__details\" role=\"tooltip\">");
            if (target >= 0)
            {
                AppendLevel(html.Append("Target "), target);
            }
            else
            {
                html.Append("No target for this position");
            }

            if (official.IsPresent)
            {
                AppendLevel(html.Append(" &#xB7; current "), official.Level);
                html.Append(", by ").Append(encoder.Encode(official.Assessor)).Append(" on ");
                AppendDay(html, official.AssessedUtc, zone);
            }
            else
            {
                html.Append(" &#xB7; not assessed");
            }

            if (self.IsPresent)
            {
                AppendLevel(html.Append(" &#xB7; self-assessed "), self.Level);
                AppendDay(html.Append(" on "), self.AssessedUtc, zone);
            }

            html.Append("</span></td>");
        }

        html.Append("</tr>");
    }

    private static void AppendLevel(StringBuilder html, int level)
    {
        html.Append(level);
        if (level >= 0 && level < LevelNames.Length)
        {
            html.Append(" (").Append(LevelNames[level]).Append(')');
        }
    }

    private static void AppendDay(StringBuilder html, DateTime utc, TimeZoneInfo zone) =>
        html.Append(CultureInfo.InvariantCulture, $"{TimeZoneInfo.ConvertTimeFromUtc(utc, zone):yyyy-MM-dd}");
}
