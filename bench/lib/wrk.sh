# Driving the portal with wrk. Sourced by run.sh, which sets base, queries, measurements and
# duration.

# ensure_wrk: installs the Debian package when missing; prints why when it cannot.
ensure_wrk() {
    command -v wrk >/dev/null && return 0
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >/dev/null 2>&1 || true
    command -v wrk >/dev/null
}

# drive NAME ROUTE CONNECTIONS SIZE COOKIE: a warm-up as long as the run (tiered JIT and
# caches settle), then one measured run whose p50, p99 and requests per second are appended to
# the measurements file. The timeout is long so that a slow answer counts as slow, not as a
# failure (wrk's default is 2 s).
drive() {
    local name=$1 route=$2 connections=$3 size=$4 cookie=$5
    local threads=$(( connections < 2 ? 1 : 2 ))
    BENCH_QUERIES="$queries" BENCH_ROUTE="$route" BENCH_COOKIE="$cookie" BENCH_NAME="$name" \
    BENCH_SIZE="$size" BENCH_OUT=/dev/null \
        wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 30s -s "$bench_dir/wrk/queries.lua" "$base" >/dev/null
    BENCH_QUERIES="$queries" BENCH_ROUTE="$route" BENCH_COOKIE="$cookie" BENCH_NAME="$name" \
    BENCH_SIZE="$size" BENCH_OUT="$measurements" \
        wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 30s --latency -s "$bench_dir/wrk/queries.lua" "$base" \
        | grep -E 'Latency|Requests/sec' | sed "s/^/  $size $name: /"
}

# skip_wrk_rows SIZE REASON: records the wrk measurements as not taken, with the reason.
skip_wrk_rows() {
    local name
    for name in http_search_1c http_bytes_1c http_search_32c http_pipeline_32c http_search_8c; do
        for stat in p50:ms p99:ms rps:rps; do
            printf '{"name":"%s_%s","value":-1,"unit":"%s","size":"%s","notes":"%s"}\n' \
                "$name" "${stat%%:*}" "${stat##*:}" "$1" "$2" >>"$measurements"
        done
    done
}

# drive_team PATHS_FILE COOKIE WRK_READY: row 9. /onboarding/team and /bench/team at one
# connection, both checked to answer 200 first; each measurement is recorded as not taken with
# the reason when it cannot be.
drive_team() {
    local file=$1 cookie=$2 ready=$3 route code reason=""
    # queries.lua replaces a path's leading /search with the route: one line gives one fixed path.
    printf 'team\tall\t/search\n' >"$file"
    [[ $ready == true ]] || reason="wrk is not installed and apt-get could not install it"
    for route in /onboarding/team /bench/team; do
        code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$route")
        [[ -n $reason || $code == 200 ]] || reason="$route answered $code"
    done
    if [[ -n $reason ]]; then
        for name in http_team_1c http_team_raw_1c; do
            printf '{"name":"%s_p50","value":-1,"unit":"ms","size":"S","notes":"%s"}\n' "$name" "$reason" >>"$measurements"
        done
        return 0
    fi
    queries=$file drive http_team_1c /onboarding/team 1 S "$cookie"
    queries=$file drive http_team_raw_1c /bench/team 1 S "$cookie"
}

# time_route NAME ROUTE COOKIE COUNT: one warm-up request, then COUNT timed ones with curl; the
# median total time (first byte to last: the whole download, which wrk's fixed duration would
# sample too rarely for answers of a second or more) is appended as NAME_p50. A route that does
# not answer 200 is recorded as not taken, with the reason.
time_route() {
    local name=$1 route=$2 cookie=$3 count=$4 code times
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$route")
    if [[ $code != 200 ]]; then
        printf '{"name":"%s_p50","value":-1,"unit":"ms","size":"S","notes":"%s answered %s"}\n' "$name" "$route" "$code" >>"$measurements"
        return 0
    fi
    times=$(for ((i = 0; i < count; i++)); do
        curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: $cookie" "$base$route"
    done | sort -g)
    local median
    median=$(echo "$times" | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m * 1000 }')
    echo "  S $name: median ${median} ms of $count"
    printf '{"name":"%s_p50","value":%s,"unit":"ms","size":"S","notes":"median of %d requests with curl"}\n' "$name" "$median" "$count" >>"$measurements"
}

# drive_matrix PATHS_FILE COOKIE WRK_READY: rows 10 and 11. The first matrix page (100 reps ×
# 200 skills) against /bench/matrix at one connection with wrk, then the full CSV export
# against /bench/matrix-csv, timed with curl.
drive_matrix() {
    local file=$1 cookie=$2 ready=$3 route code reason=""
    printf 'matrix\tall\t/search\n' >"$file"
    [[ $ready == true ]] || reason="wrk is not installed and apt-get could not install it"
    for route in /skills/matrix /bench/matrix; do
        code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$route")
        [[ -n $reason || $code == 200 ]] || reason="$route answered $code"
    done
    if [[ -n $reason ]]; then
        for name in http_matrix_1c http_matrix_raw_1c; do
            printf '{"name":"%s_p50","value":-1,"unit":"ms","size":"S","notes":"%s"}\n' "$name" "$reason" >>"$measurements"
        done
    else
        queries=$file drive http_matrix_1c /skills/matrix 1 S "$cookie"
        queries=$file drive http_matrix_raw_1c /bench/matrix 1 S "$cookie"
    fi

    local count=$(( duration < 10 ? 3 : 5 ))
    time_route http_matrix_csv '/skills/matrix?handler=csv' "$cookie" "$count"
    time_route http_matrix_csv_raw /bench/matrix-csv "$cookie" "$count"
}
