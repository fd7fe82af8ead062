namespace PlaybookPortal.Bench.Reporting;

/// <summary>One row of the table and one JSON line of the results file.</summary>
/// <param name="Row">Row number and what it compares, with the corpus size.</param>
/// <param name="Measured">The portal's number.</param>
/// <param name="Baseline">The baseline measured in the same run.</param>
/// <param name="Ratio">Measured ÷ baseline.</param>
/// <param name="Target">The target, e.g. <c>≤ 1.5</c>.</param>
/// <param name="Verdict"><c>met</c> or <c>missed</c>.</param>
/// <param name="Unit">Unit of measured and baseline.</param>
/// <param name="Size">Corpus size, S or M.</param>
/// <param name="Notes">What the reader should know about the numbers, or null.</param>
public sealed record ResultRow(
    string Row,
    double Measured,
    double Baseline,
    double Ratio,
    string Target,
    string Verdict,
    string Unit,
    string Size,
    string? Notes);
