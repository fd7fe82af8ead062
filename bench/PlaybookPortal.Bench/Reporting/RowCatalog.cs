namespace PlaybookPortal.Bench.Reporting;

/// <summary>
/// The rows of the issue, in order. Later issues add theirs here; each names the raw
/// measurements it divides. Rows 1 and 2 are measured at S only: the render sample has the same
/// mix at any size, and a rebuild of M costs minutes that <c>--quick</c> does not have.
/// </summary>
public static class RowCatalog
{
    public static IReadOnlyList<RowDefinition> Rows { get; } =
    [
        new(1, "render ÷ Markdig parse", "render_ms", ["parse_ms"], RowTarget.Max(1.5), "ms", OnlySize: "S"),
        new(2, "index rebuild ÷ (raw Lucene + extraction)", "rebuild_ms", ["raw_lucene_ms", "extract_ms"],
            RowTarget.Max(1.25), "ms", OnlySize: "S"),
        new(3, "/search p50 @1c ÷ (in-process query + /bench/bytes)", "http_search_1c_p50",
            ["inproc_query_p50", "http_bytes_1c_p50"], RowTarget.Max(1.5), "ms"),
        new(4, "/search rps @32c ÷ /bench/pipeline rps @32c", "http_search_32c_rps", ["http_pipeline_32c_rps"],
            RowTarget.Min(0.7), "rps", NoteFrom: "inproc_qps"),
        new(5, "/search p50 @1c at M ÷ at S", "http_search_1c_p50", ["http_search_1c_p50"],
            RowTarget.Max(2), "ms", BaselineSize: "S"),
        new(6, "/search p99 ÷ p50 @8c", "http_search_8c_p99", ["http_search_8c_p50"], RowTarget.Max(4), "ms"),
        new(7, "save-to-searchable p95 ÷ update-refresh-query p95", "save_searchable_p95",
            ["update_refresh_query_p95"], RowTarget.Max(3, 250, "ms"), "ms"),
        new(8, "save-to-searchable p95 while 4 editors save every second ÷ update-refresh-query p95", "save_searchable_editing_p95",
            ["update_refresh_query_p95"], RowTarget.Max(3, 250, "ms"), "ms"),
        new(9, "/onboarding/team p50 @1c, 200 reps on 3 paths ÷ hand-written raw-reader table (/bench/team)",
            "http_team_1c_p50", ["http_team_raw_1c_p50"], RowTarget.Max(2), "ms", OnlySize: "S"),
        new(10, "/skills/matrix p50 @1c, 100 reps × 200 skills ÷ hand-written raw-reader grid (/bench/matrix)",
            "http_matrix_1c_p50", ["http_matrix_raw_1c_p50"], RowTarget.Max(2), "ms", OnlySize: "S"),
        new(11, "matrix CSV export, 1,000+ reps × 200 skills ÷ raw reader + CsvHelper (/bench/matrix-csv)",
            "http_matrix_csv_p50", ["http_matrix_csv_raw_p50"], RowTarget.Max(1.5), "ms", OnlySize: "S"),
    ];
}
