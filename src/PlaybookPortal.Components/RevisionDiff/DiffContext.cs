namespace PlaybookPortal.Components;

/// <summary>
/// Keeps the lines near a change and folds every longer stretch of unchanged lines into one
/// gap row, so a 2 MB playbook with a one-line change renders a handful of rows.
/// </summary>
internal static class DiffContext
{
    /// <summary>Unchanged lines shown before and after each change.</summary>
    public const int Lines = 3;

    // A gap row takes the room of a line, so folding a single line would save nothing.
    private const int SmallestGap = 2;

    public static List<DiffRow<TLine>> Collapse<TLine>(IReadOnlyList<TLine> lines, Func<TLine, bool> isChange)
        where TLine : class
    {
        var nearChange = new bool[lines.Count];
        var sinceChange = int.MaxValue;
        for (var i = 0; i < lines.Count; i++)
        {
            sinceChange = isChange(lines[i]) ? 0 : sinceChange == int.MaxValue ? sinceChange : sinceChange + 1;
            nearChange[i] = sinceChange <= Lines;
        }

        var untilChange = int.MaxValue;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            untilChange = isChange(lines[i]) ? 0 : untilChange == int.MaxValue ? untilChange : untilChange + 1;
            nearChange[i] |= untilChange <= Lines;
        }

        var rows = new List<DiffRow<TLine>>();
        for (var i = 0; i < lines.Count;)
        {
            var end = i;
            while (end < lines.Count && !nearChange[end])
            {
                end++;
            }

            if (end - i >= SmallestGap)
            {
                rows.Add(new DiffRow<TLine>(null, end - i));
                i = end;
                continue;
            }

            rows.Add(new DiffRow<TLine>(lines[i], 0));
            i++;
        }

        return rows;
    }
}
