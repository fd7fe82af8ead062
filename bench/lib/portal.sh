# Starting, signing in to and stopping the Release portal on loopback. Sourced by run.sh, which
# sets web_dll, port and base.

portal_pid=""

# start_portal CONTENT DATA CAPTURED LOG: starts the portal with the bench endpoints enabled.
# It imports at start as a real portal does, though the in-process step imported the same files:
# a start without the import answered /search at one connection about three times slower.
start_portal() {
    ASPNETCORE_ENVIRONMENT=Production Portal__ImportOnStart=true \
    Portal__ContentPath="$1" Portal__DataPath="$2" \
    Portal__AdminEmail="$admin_email" Portal__AdminPassword="$admin_password" \
    Portal__Bench__Enabled=true Portal__Bench__CapturedFolder="$3" \
    Logging__LogLevel__Default=Warning \
        dotnet "$web_dll" --urls "$base" >"$4" 2>&1 &
    portal_pid=$!
}

stop_portal() {
    if [[ -n $portal_pid ]]; then
        kill "$portal_pid" 2>/dev/null || true
        wait "$portal_pid" 2>/dev/null || true
        portal_pid=""
    fi
}

# wait_ready LOG TIMEOUT_SECONDS: polls /healthz until it answers 200 ("ready").
wait_ready() {
    local started=$SECONDS
    until [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/healthz") == 200 ]]; do
        if ! kill -0 "$portal_pid" 2>/dev/null; then
            echo "the portal exited before it was ready:" >&2
            tail -n 30 "$1" >&2
            return 1
        fi
        if (( SECONDS - started > $2 )); then
            echo "/healthz did not answer 200 within $2 s: $(curl -s "$base/healthz")" >&2
            return 1
        fi
        sleep 0.5
    done
}

# sign_in JAR: signs in through the real form as the admin, who may read every playbook.
sign_in() {
    local login token code
    login=$(curl -s -c "$1" "$base/account/login")
    token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$login" | sed 's/.*value="//; s/"$//')
    [[ -n $token ]] || { echo "no antiforgery token on the sign-in form" >&2; return 1; }
    code=$(curl -s -o /dev/null -w '%{http_code}' -b "$1" -c "$1" \
        --data-urlencode "Input.Email=$admin_email" --data-urlencode "Input.Password=$admin_password" \
        --data-urlencode "__RequestVerificationToken=$token" "$base/account/login")
    [[ $code == 302 ]] || { echo "signing in answered $code" >&2; return 1; }
}

# cookie_header JAR: the jar's cookies as one Cookie header value (curl marks HttpOnly ones with a prefix).
cookie_header() {
    sed 's/^#HttpOnly_//' "$1" | awk -F'\t' '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }'
}

# capture_pages QUERIES JAR FOLDER: saves each /search answer under the SHA-256 of its query,
# for /bench/bytes and /bench/pipeline to return. Returns 3 when the portal has no /search page
# (404), 1 when any query answers other than 200.
capture_pages() {
    local bucket text path code name
    mkdir -p "$3"
    while IFS=$'\t' read -r bucket text path; do
        name=$(printf '%s' "$text" | sha256sum | cut -d' ' -f1)
        code=$(curl -s -o "$3/$name" -w '%{http_code}' -b "$2" "$base$path")
        [[ $code == 404 ]] && return 3
        [[ $code == 200 ]] || { echo "$path answered $code" >&2; return 1; }
    done <"$1"
}
