namespace PlaybookPortal.Bench.Measuring;

/// <summary>
/// One raw number of a run, as a JSON line in the measurements file. The in-process driver and
/// the wrk script both write these; the report turns them into rows.
/// </summary>
/// <param name="Name">What was measured, e.g. <c>http_search_1c_p50</c>.</param>
/// <param name="Value">The number, in <paramref name="Unit"/>.</param>
/// <param name="Unit">ms, rps, qps, s or count.</param>
/// <param name="Size">Corpus size, S or M.</param>
/// <param name="Notes">Anything a reader of the row should know, or null.</param>
public sealed record Measurement(string Name, double Value, string Unit, string Size, string? Notes = null);
