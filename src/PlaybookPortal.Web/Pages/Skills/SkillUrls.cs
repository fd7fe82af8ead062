using System.Globalization;

namespace PlaybookPortal.Web.Pages.Skills;

/// <summary>The URLs of the skills pages, built in one place so links and routes agree.</summary>
public static class SkillUrls
{
    public const string People = "/skills/people";

    public const string AssessmentImport = "/skills/assessments/import";

    public const string AssessmentExport = "/skills/assessments/export";

    public const string Calibration = "/skills/calibration";

    public const string Trend = "/skills/trend";

    public static string AssessSkill(string userId, string skillId) =>
        Person(userId) + "?skill=" + Uri.EscapeDataString(skillId) + "#record";

    public static string Person(string userId) => "/skills/people/" + Uri.EscapeDataString(userId);

    public static string Plan(string userId) => "/skills/plan/" + Uri.EscapeDataString(userId);

    public static string Matrix(int? team, string? position, int page = 1) =>
        "/skills/matrix" + Query(team, position, page > 1 ? page : null, null);

    public static string MatrixCsv(int? team, string? position) =>
        "/skills/matrix" + Query(team, position, null, "csv");

    public static string Priorities(int? team, string? position) => "/skills/priorities" + Query(team, position, null, null);

    private static string Query(int? team, string? position, int? page, string? handler)
    {
        var parts = new List<string>();
        if (handler is not null)
        {
            parts.Add("handler=" + handler);
        }

        if (team is { } t)
        {
            parts.Add("team=" + t.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(position))
        {
            parts.Add("position=" + Uri.EscapeDataString(position));
        }

        if (page is { } p)
        {
            parts.Add("page=" + p.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
