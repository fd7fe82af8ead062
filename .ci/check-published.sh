#!/usr/bin/env bash
# Publishes the portal as the Dockerfile does, starts the published output from another folder
# against its bundled content/, and checks /healthz, the sign-in page, a signed-in playbook page
# and the healthcheck verb over HTTP. No Docker engine is needed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
port=${PUBLISHED_CHECK_PORT:-5071}
base="http://127.0.0.1:$port"
password="published-check-$(date +%s)"
pid=""
cleanup() { [[ -n $pid ]] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "published check FAILED: $*" >&2; [[ -f $work/portal.log ]] && tail -n 40 "$work/portal.log" >&2; exit 1; }

dotnet publish "$root/src/PlaybookPortal.Web/PlaybookPortal.Web.csproj" -c Release -o "$work/app" --nologo -v quiet
[[ -f $work/app/content/positions.yaml ]] || fail "content/ was not copied into the published output"

# Start from an unrelated folder: the content path must resolve against the app, not the cwd.
mkdir -p "$work/run"
(cd "$work/run" && ASPNETCORE_ENVIRONMENT=Production Portal__DataPath="$work/data" \
    Portal__AdminEmail=admin@example.com Portal__AdminPassword="$password" \
    exec dotnet "$work/app/PlaybookPortal.Web.dll" --urls "$base" >"$work/portal.log" 2>&1) &
pid=$!

started=$SECONDS
until [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/healthz") == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || fail "the published portal exited"
    (( SECONDS - started < 120 )) || fail "/healthz did not answer 200 within 120 s"
    sleep 1
done
echo "published: /healthz 200 after $((SECONDS - started)) s"

login=$(curl -s -c "$work/cookies" "$base/account/login")
grep -q '<h1>Sign in</h1>' <<<"$login" || fail "the sign-in page did not render"
echo "published: sign-in page 200"

[[ $(curl -s -o /dev/null -w '%{http_code}' "$base/") == 302 ]] || fail "/ is reachable without signing in"
for asset in /css/site.css /PlaybookPortal.Web.styles.css; do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$base$asset") == 200 ]] || fail "the stylesheet $asset is not served"
done
echo "published: stylesheets served"
curl -s -I "$base/account/login" | grep -qi '^content-security-policy:' || fail "no Content-Security-Policy header"

token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$login" | sed 's/.*value="//; s/"$//')
[[ -n $token ]] || fail "no antiforgery token on the sign-in form"
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$work/cookies" -c "$work/cookies" \
    --data-urlencode "Input.Email=admin@example.com" --data-urlencode "Input.Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/account/login")
[[ $code == 302 ]] || fail "signing in answered $code"
page=$(curl -s -b "$work/cookies" "$base/playbooks/kpis/close-rate")
grep -q '<h1>Close rate</h1>' <<<"$page" || fail "a starter playbook did not render for the signed-in admin"
echo "published: signed in and read a starter playbook"

(cd "$work/run" && ASPNETCORE_URLS="$base" dotnet "$work/app/PlaybookPortal.Web.dll" healthcheck >/dev/null) \
    || fail "the healthcheck verb did not exit 0"
echo "published: healthcheck verb exit 0"
echo "published check passed"
