namespace PlaybookPortal.Bench.Reporting;

/// <summary>
/// How one row is computed from raw measurements: the measured and baseline names (a baseline
/// may be the sum of several), where they are read (corpus size) and the target.
/// </summary>
/// <param name="Number">Row number in the issue.</param>
/// <param name="Title">What the row compares.</param>
/// <param name="Measured">Name of the portal's measurement.</param>
/// <param name="Baseline">Names whose sum is the baseline.</param>
/// <param name="Target">The target on the ratio.</param>
/// <param name="Unit">Unit of measured and baseline.</param>
/// <param name="BaselineSize">Reads the baseline at this size instead of the row's (row 5).</param>
/// <param name="NoteFrom">A measurement reported beside the row (row 4: raw in-process queries per second).</param>
/// <param name="OnlySize">Measured at this size only (rows whose cost at M would not fit the run's time).</param>
public sealed record RowDefinition(
    int Number,
    string Title,
    string Measured,
    IReadOnlyList<string> Baseline,
    RowTarget Target,
    string Unit,
    string? BaselineSize = null,
    string? NoteFrom = null,
    string? OnlySize = null);
