namespace PlaybookPortal.Core.Skills;

/// <summary>The shared scale: 0 none, 1 aware, 2 working, 3 proficient, 4 expert.</summary>
public static class SkillLevels
{
    public const int Min = 0;

    public const int Max = 4;

    public static bool IsValid(int level) => level is >= Min and <= Max;

    public static string Name(int level) => level switch
    {
        0 => "none",
        1 => "aware",
        2 => "working",
        3 => "proficient",
        4 => "expert",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Levels run from 0 to 4."),
    };
}
