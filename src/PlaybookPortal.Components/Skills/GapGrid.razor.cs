using Microsoft.AspNetCore.Components;
using PlaybookPortal.Core.Skills;
using PlaybookPortal.Core.Skills.Gaps;

namespace PlaybookPortal.Components;

/// <summary>
/// The gap matrix as one ARIA grid: reps down, skills across grouped by category. Each cell
/// shows its gap as a number and a pattern as well as a colour, and carries its details
/// (target, current, assessor, date, self-assessment) for display on focus or hover.
/// </summary>
public partial class GapGrid
{
    private List<SkillGroup> _groups = [];

    [Parameter, EditorRequired]
    public GapMatrix Matrix { get; set; } = GapMatrix.Empty;

    /// <summary>Where a rep's name and cells link to: their skills page.</summary>
    [Parameter, EditorRequired]
    public Func<MatrixRep, string> PersonUrl { get; set; } = _ => "#";

    /// <summary>The portal's time zone, in which assessment dates are shown.</summary>
    [Parameter]
    public TimeZoneInfo Zone { get; set; } = TimeZoneInfo.Utc;

    [Parameter]
    public string Label { get; set; } = "Skill gaps";

    [Parameter]
    public string EmptyText { get; set; } = "Nobody to show.";

    protected override void OnParametersSet() => _groups = Matrix.Skills
        .GroupBy(s => s.Category)
        .Select(g => new SkillGroup(GroupKey(g.First()), Title(g.Key), g.Count()))
        .ToList();

    private static string GroupKey(MatrixSkill skill) => skill.Category == SkillCategory.Hard ? "hard" : "soft";

    private static string Title(SkillCategory category) => category == SkillCategory.Hard ? "Hard skills" : "Soft skills";

    private sealed record SkillGroup(string Key, string Title, int Count);
}
