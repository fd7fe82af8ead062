namespace PlaybookPortal.Web.Pages.Skills;

/// <summary>The addresses of the assessment pages, built in one place.</summary>
public static class SkillsUrls
{
    public const string People = "/skills/people";

    public const string Import = "/skills/assessments/import";

    public const string Export = "/skills/assessments/export";

    public const string Calibration = "/skills/calibration";

    public const string Trend = "/skills/trend";

    public static string Person(string userId) => People + "/" + Uri.EscapeDataString(userId);

    public static string AssessSkill(string userId, string skillId) =>
        Person(userId) + "?skill=" + Uri.EscapeDataString(skillId) + "#record";
}
