namespace PlaybookPortal.Core.Skills.Gaps;

/// <summary>
/// Reps × skills with one <see cref="GapCell"/> each, held in one flat array so a large matrix
/// costs one allocation. Immutable once built; safe to share between threads.
/// </summary>
public sealed class GapMatrix
{
    private readonly GapCell[] _cells;

    /// <param name="reps">The rows, in display order.</param>
    /// <param name="skills">The columns, in display order.</param>
    /// <param name="cells">Row-major cells: <c>reps.Count × skills.Count</c> of them.</param>
    /// <exception cref="ArgumentException">The number of cells does not match.</exception>
    public GapMatrix(IReadOnlyList<MatrixRep> reps, IReadOnlyList<MatrixSkill> skills, GapCell[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != reps.Count * skills.Count)
        {
            throw new ArgumentException("Expected one cell per rep and skill.", nameof(cells));
        }

        Reps = reps;
        Skills = skills;
        _cells = cells;
    }

    public static GapMatrix Empty { get; } = new([], [], []);

    public IReadOnlyList<MatrixRep> Reps { get; }

    public IReadOnlyList<MatrixSkill> Skills { get; }

    public GapCell Cell(int rep, int skill) => _cells[(rep * Skills.Count) + skill];

    /// <summary>Builds the matrix from targets per (position, skill) and readings per (user, skill).</summary>
    /// <param name="reps">The rows, in display order.</param>
    /// <param name="skills">The columns, in display order.</param>
    /// <param name="targets">Target level by (position id, skill id); a missing key is "no target".</param>
    /// <param name="readings">Official and self readings by (user id, skill id); missing is "not assessed".</param>
    public static GapMatrix Build(
        IReadOnlyList<MatrixRep> reps,
        IReadOnlyList<MatrixSkill> skills,
        IReadOnlyDictionary<(string PositionId, string SkillId), int> targets,
        IReadOnlyDictionary<(string UserId, string SkillId), (LevelReading? Official, LevelReading? Self)> readings)
    {
        ArgumentNullException.ThrowIfNull(reps);
        ArgumentNullException.ThrowIfNull(skills);
        var cells = new GapCell[reps.Count * skills.Count];
        for (var r = 0; r < reps.Count; r++)
        {
            var rep = reps[r];
            for (var s = 0; s < skills.Count; s++)
            {
                var skill = skills[s];
                int? target = rep.PositionId is { } position && targets.TryGetValue((position, skill.Id), out var level)
                    ? level : null;
                readings.TryGetValue((rep.UserId, skill.Id), out var reading);
                cells[(r * skills.Count) + s] = new GapCell(
                    new SkillGap(target, reading.Official?.Level), reading.Official, reading.Self);
            }
        }

        return new GapMatrix(reps, skills, cells);
    }
}
