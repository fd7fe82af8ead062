namespace PlaybookPortal.Core.Skills.Gaps;

/// <summary>Ranks skills by where training helps most across the reps of a matrix.</summary>
public static class TrainingPriorities
{
    /// <summary>
    /// Every skill that some rep has a target for, ranked by reps below target (most first),
    /// then by the sum of gaps, then by name. Skills nobody has a target for are left out.
    /// </summary>
    public static IReadOnlyList<SkillPriority> Rank(GapMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var priorities = new List<SkillPriority>();
        for (var s = 0; s < matrix.Skills.Count; s++)
        {
            int below = 0, sum = 0, notAssessed = 0, withTarget = 0;
            for (var r = 0; r < matrix.Reps.Count; r++)
            {
                var gap = matrix.Cell(r, s).Gap;
                if (!gap.HasTarget)
                {
                    continue;
                }

                withTarget++;
                if (!gap.IsAssessed)
                {
                    notAssessed++;
                }
                else if (gap.Gap is > 0 and var value)
                {
                    below++;
                    sum += value;
                }
            }

            if (withTarget > 0)
            {
                priorities.Add(new SkillPriority(matrix.Skills[s], below, sum, notAssessed, withTarget));
            }
        }

        return priorities
            .OrderByDescending(p => p.BelowTarget)
            .ThenByDescending(p => p.GapSum)
            .ThenBy(p => p.Skill.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(p => p.Skill.Id, StringComparer.Ordinal)
            .ToList();
    }
}
