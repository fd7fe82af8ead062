namespace PlaybookPortal.Core.Skills;

/// <summary>
/// Reads a level typed in a spreadsheet cell. Only a whole number on the 0–4 scale counts:
/// <c>2,5</c> or <c>2.5</c> is never read as 25 or rounded, and <c>7</c> is never clamped to 4,
/// because a wrong level recorded silently is worse than a row sent back to fix. Pure.
/// </summary>
public static class AssessmentLevelText
{
    /// <summary>
    /// True when <paramref name="text"/> is empty (the rep was not assessed: <paramref name="level"/>
    /// is null) or a whole number from 0 to 4; otherwise false with <paramref name="error"/> saying why.
    /// </summary>
    public static bool TryParse(string? text, out int? level, out string? error)
    {
        level = null;
        error = null;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return true;
        }

        // ASCII digits only: no sign, no separator, no exponent, no full-width digits.
        if (trimmed.Length > 3 || !trimmed.All(char.IsAsciiDigit))
        {
            error = $"level \"{trimmed}\" is not a whole number from {SkillLevels.Min} to {SkillLevels.Max}";
            return false;
        }

        var number = int.Parse(trimmed, System.Globalization.CultureInfo.InvariantCulture);
        if (!SkillLevels.IsValid(number))
        {
            error = $"level {number} is outside the scale {SkillLevels.Min} to {SkillLevels.Max}";
            return false;
        }

        level = number;
        return true;
    }
}
