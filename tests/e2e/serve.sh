#!/usr/bin/env bash
# Builds the production app once per test run and serves it on E2E_PORT against a fresh SQLite file.
set -euo pipefail
cd "$(dirname "$0")/../.."

port="${E2E_PORT:-3300}"
data_dir="$(mktemp -d "${TMPDIR:-/tmp}/pendulum-e2e-XXXXXX")"
export PENDULUM_DB="$data_dir/e2e.db"
export NEXT_TELEMETRY_DISABLED=1
# The tests' own build directory, so a test run never rebuilds the .next that a running app serves.
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-test}"

if [[ "${E2E_SKIP_BUILD:-}" == "1" && -f "$NEXT_DIST_DIR/BUILD_ID" ]]; then
  echo "serve.sh: E2E_SKIP_BUILD=1, reusing the existing $NEXT_DIST_DIR build"
else
  echo "serve.sh: next build into $NEXT_DIST_DIR"
  node_modules/.bin/next build
fi

echo "serve.sh: next start on port $port, database $PENDULUM_DB"
node_modules/.bin/next start -p "$port" &
server_pid=$!
cleanup() {
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  rm -rf "$data_dir"
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT
wait "$server_pid"
