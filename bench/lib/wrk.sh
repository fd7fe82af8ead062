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
