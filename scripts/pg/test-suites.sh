#!/usr/bin/env bash
# npm run test:pg — the database suites on PostgreSQL (vitest.pg.config.ts). Uses TEST_DATABASE_URL
# when set (an administrator's URL on a throwaway server), else starts a throwaway cluster for the
# run. Without PostgreSQL installed it fails under CI and is skipped, with a notice, elsewhere.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ -z "${TEST_DATABASE_URL:-}" ]]; then
  if ! bash scripts/pg/throwaway.sh available; then
    if [[ -n "${CI:-}" ]]; then echo "test:pg: PostgreSQL is not installed (CI installs it in .ci/run)" >&2; exit 1; fi
    echo "test:pg: skipped — PostgreSQL is not installed here (apt-get install postgresql), or set TEST_DATABASE_URL" >&2
    exit 0
  fi
  cluster="$(mktemp -d "${TMPDIR:-/tmp}/pendulum-pg-XXXXXX")"
  trap 'bash scripts/pg/throwaway.sh stop "$cluster"' EXIT
  TEST_DATABASE_URL="$(bash scripts/pg/throwaway.sh start "$cluster")"
  export TEST_DATABASE_URL
  echo "test:pg: throwaway PostgreSQL at $TEST_DATABASE_URL"
fi
node_modules/.bin/vitest run --config vitest.pg.config.ts "$@"
