namespace PlaybookPortal.Core.Skills;

/// <summary>The words files and CSV use for <see cref="SkillCategory"/>: <c>hard</c> and <c>soft</c>.</summary>
public static class SkillCategoryNames
{
    /// <summary>Reads <c>hard</c> or <c>soft</c> (any case, trimmed); false for anything else.</summary>
    public static bool TryParse(string? text, out SkillCategory category)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "hard":
                category = SkillCategory.Hard;
                return true;
            case "soft":
                category = SkillCategory.Soft;
                return true;
            default:
                category = default;
                return false;
        }
    }

    /// <summary>The lower-case word for <paramref name="category"/>.</summary>
    public static string Of(SkillCategory category) => category == SkillCategory.Soft ? "soft" : "hard";
}
