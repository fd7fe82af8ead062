#!/usr/bin/env bash
# The performance harness. Builds Release, generates the corpus and query set, measures the
# in-process rows, starts the portal on loopback, drives it with wrk and prints the Markdown
# table (JSON lines in bench/results/). See bench/README.md.
#   bench/run.sh --quick   sizes S and M, 10 s per HTTP measurement (under 15 minutes)
#   bench/run.sh --ci      size S only, 5 s per HTTP measurement (under 10 minutes)
# Targets are reported, not asserted: the exit code is non-zero only when the harness breaks.
set -euo pipefail
bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$bench_dir/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

case ${1:-} in
    --quick) sizes=(S M); duration=10; repeats=2 ;;
    --ci) sizes=(S); duration=5; repeats=1 ;;
    *) echo "usage: bench/run.sh --quick | --ci" >&2; exit 2 ;;
esac

port=${BENCH_PORT:-5391}
base="http://127.0.0.1:$port"
admin_email=admin@portal.local
admin_password="bench-$(date +%s)-$RANDOM"
web_dll=$root/src/PlaybookPortal.Web/bin/Release/net10.0/PlaybookPortal.Web.dll
bench_dll=$root/bench/PlaybookPortal.Bench/bin/Release/net10.0/PlaybookPortal.Bench.dll
results=$bench_dir/results
measurements=$results/measurements.jsonl
work=$(mktemp -d)
queries=$work/queries.tsv
source "$bench_dir/lib/portal.sh"
source "$bench_dir/lib/wrk.sh"
cleanup() { stop_portal; rm -rf "$work"; }
trap cleanup EXIT

mkdir -p "$results"
rm -f "$measurements"
started=$SECONDS

echo "== bench: build (Release)"
dotnet build "$root/bench/PlaybookPortal.Bench/PlaybookPortal.Bench.csproj" -c Release --nologo -v quiet >"$work/build.log" 2>&1 \
    || { tail -n 40 "$work/build.log"; exit 1; }
# From its own folder: the in-process host finds the portal's content root through a manifest there.
bench() { (cd "$(dirname "$bench_dll")" && dotnet "$bench_dll" "$@"); }
bench queries --out "$queries"

wrk_ready=true
ensure_wrk || wrk_ready=false

for size in "${sizes[@]}"; do
    dir=$work/$size
    mkdir -p "$dir/data"
    echo "== bench $size: generate"
    bench generate --size "$size" --out "$dir/content"

    echo "== bench $size: in-process rows (import, render, rebuild, queries, save)"
    bench inproc --size "$size" --content "$dir/content" --data "$dir/data" --queries "$queries" \
        --repeats "$repeats" --admin-password "$admin_password" --out "$measurements"

    echo "== bench $size: portal on $base"
    ready_started=$SECONDS
    start_portal "$dir/content" "$dir/data" "$dir/captured" "$dir/portal.log"
    wait_ready "$dir/portal.log" 1200
    printf '{"name":"portal_restart_ready","value":%d,"unit":"s","size":"%s","notes":"HTTP portal start on the imported data: import of unchanged files, index open and catch-up"}\n' \
        $((SECONDS - ready_started)) "$size" >>"$measurements"
    sign_in "$dir/cookies"
    captured=0
    capture_pages "$queries" "$dir/cookies" "$dir/captured" || captured=$?
    (( captured == 0 || captured == 3 )) || exit 1
    cookie=$(cookie_header "$dir/cookies")

    if (( captured == 3 )); then
        skip_wrk_rows "$size" "the portal has no /search page yet (404)"
    elif [[ $wrk_ready == true ]]; then
        drive http_search_1c /search 1 "$size" "$cookie"
        drive http_bytes_1c /bench/bytes 1 "$size" "$cookie"
        drive http_search_32c /search 32 "$size" "$cookie"
        drive http_pipeline_32c /bench/pipeline 32 "$size" "$cookie"
        drive http_search_8c /search 8 "$size" "$cookie"
    else
        skip_wrk_rows "$size" "wrk is not installed and apt-get could not install it"
    fi

    # Row 9 at S: the team view over the 200 reps the in-process step seeded, as the admin
    # (everyone's rows), against the same table written by hand from a raw reader.
    if [[ $size == S ]]; then
        drive_team "$dir/team.tsv" "$cookie" "$wrk_ready"
        # Rows 10 and 11 at S: the gap matrix page and its full CSV export over the 1,000 reps
        # and 200 skills the in-process step seeded, against raw-reader baselines.
        drive_matrix "$dir/matrix.tsv" "$cookie" "$wrk_ready"
    fi
    stop_portal
done

echo "== bench: results ($((SECONDS - started)) s)"
echo
bench table --in "$measurements" --out "$results/rows.jsonl"
echo
echo "JSON lines: bench/results/rows.jsonl (raw measurements: bench/results/measurements.jsonl)"
