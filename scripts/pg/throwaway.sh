#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks: never for data anyone keeps
# (trust authentication on 127.0.0.1, fsync off).
#   scripts/pg/throwaway.sh start DIR [PORT]   prints the administrator URL postgres://postgres@127.0.0.1:PORT/postgres
#   scripts/pg/throwaway.sh stop DIR           stops the cluster and removes DIR
#   scripts/pg/throwaway.sh available          exits 0 when the server binaries are installed
# initdb refuses to run as root, so as root the cluster belongs to the postgres user.
set -euo pipefail

bindir() {
  if command -v pg_config >/dev/null && [[ -x "$(pg_config --bindir)/initdb" ]]; then pg_config --bindir; return; fi
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
  if [[ -z "$found" || ! -x "$found/initdb" ]]; then
    echo "throwaway.sh: PostgreSQL server binaries not found (Debian: apt-get install postgresql)" >&2
    return 1
  fi
  echo "$found"
}

as_owner() {
  if [[ "$(id -u)" -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

cmd="${1:-}"
dir="${2:-}"
if [[ "$cmd" == "available" ]]; then bindir >/dev/null 2>&1; exit; fi
if [[ -z "$cmd" || -z "$dir" ]]; then
  echo "usage: $0 start DIR [PORT] | stop DIR" >&2
  exit 2
fi

case "$cmd" in
  start)
    bin="$(bindir)"
    port="${3:-$(free_port)}"
    mkdir -p "$dir"
    if [[ "$(id -u)" -eq 0 ]]; then chown postgres "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [[ -f "$dir/data/postmaster.pid" ]]; then as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start DIR [PORT] | stop DIR" >&2
    exit 2
    ;;
esac
