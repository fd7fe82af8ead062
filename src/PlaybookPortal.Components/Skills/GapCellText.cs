using System.Globalization;
using PlaybookPortal.Core.Skills;
using PlaybookPortal.Core.Skills.Gaps;

namespace PlaybookPortal.Components;

/// <summary>The words, symbols and scale class of one gap cell, shared by the grid and its tests.</summary>
public static class GapCellText
{
    /// <summary>The class that colours and patterns a cell; the gap is capped at 4, the top of the scale.</summary>
    public static string ScaleClass(SkillGap gap) =>
        !gap.HasTarget ? "gap-cell--no-target"
        : !gap.IsAssessed ? "gap-cell--not-assessed"
        : gap.Gap switch
        {
            0 => "gap-cell--met",
            1 => "gap-cell--gap-1",
            2 => "gap-cell--gap-2",
            3 => "gap-cell--gap-3",
            _ => "gap-cell--gap-4",
        };

    /// <summary>What the cell shows: "−2" for two levels short, "✓" when met, "n/a" when not assessed, "–" without a target.</summary>
    public static string Value(SkillGap gap) =>
        !gap.HasTarget ? "–"
        : !gap.IsAssessed ? "n/a"
        : gap.Gap is 0 ? "✓"
        : "−" + gap.Gap!.Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The cell's accessible name, e.g. "Anna Berg, Discovery: target 3, current 1, gap 2".</summary>
    public static string Label(MatrixRep rep, MatrixSkill skill, SkillGap gap)
    {
        var target = gap.Target is { } t ? Invariant($"target {t}") : "no target";
        var current = gap.Current is { } c ? Invariant($"current {c}") : "not assessed";
        var result = gap.Gap switch
        {
            null => "",
            0 => ", target met",
            var g => Invariant($", gap {g}"),
        };
        return $"{rep.Name}, {skill.Name}: {target}, {current}{result}";
    }

    /// <summary>The details revealed on focus or hover; dates in <paramref name="zone"/>.</summary>
    public static string Details(GapCell cell, TimeZoneInfo zone)
    {
        var target = cell.Gap.Target is { } t ? $"Target {Level(t)}" : "No target for this position";
        var current = cell.Official is { } official
            ? $"current {Level(official.Level)}, by {official.AssessorName} on {Day(official.AssessedUtc, zone)}"
            : "not assessed";
        var self = cell.Self is { } s ? $" · self-assessed {Level(s.Level)} on {Day(s.AssessedUtc, zone)}" : "";
        return $"{target} · {current}{self}";
    }

    private static string Level(int level) =>
        SkillLevels.IsValid(level) ? Invariant($"{level} ({SkillLevels.Name(level)})") : Invariant($"{level}");

    private static string Day(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone)
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
