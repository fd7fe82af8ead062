namespace PlaybookPortal.Core.Skills.Gaps;

/// <summary>A rep's gaps, largest first, and the targeted skills nobody has assessed yet.</summary>
public sealed record TrainingPlan(IReadOnlyList<PlanGap> Gaps, IReadOnlyList<PlanGap> NotAssessed)
{
    /// <summary>
    /// The plan for row <paramref name="rep"/> of <paramref name="matrix"/>: skills below target
    /// by gap (largest first, then name); skills with a target but no assessment apart, by name.
    /// </summary>
    public static TrainingPlan For(GapMatrix matrix, int rep)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var gaps = new List<PlanGap>();
        var notAssessed = new List<PlanGap>();
        for (var s = 0; s < matrix.Skills.Count; s++)
        {
            var gap = matrix.Cell(rep, s).Gap;
            if (gap.Target is not { } target)
            {
                continue;
            }

            if (!gap.IsAssessed)
            {
                notAssessed.Add(new PlanGap(matrix.Skills[s], target, null));
            }
            else if (gap.IsBelowTarget)
            {
                gaps.Add(new PlanGap(matrix.Skills[s], target, gap.Current));
            }
        }

        return new TrainingPlan(
            gaps.OrderByDescending(g => g.Gap).ThenBy(g => g.Skill.Name, StringComparer.CurrentCultureIgnoreCase).ToList(),
            notAssessed.OrderBy(g => g.Skill.Name, StringComparer.CurrentCultureIgnoreCase).ToList());
    }
}
