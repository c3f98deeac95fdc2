import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabase, dropDatabase } from "../pg/databases";
import { log, type BenchContext } from "./harness";

let shared: Promise<string> | null = null;

/**
 * The PostgreSQL server the PostgreSQL sections use: --pg URL / BENCH_DATABASE_URL (an
 * administrator's URL on a server you can throw databases at), else a throwaway cluster started
 * for the run (scripts/pg/throwaway.sh) and removed at its end.
 */
export function benchPgServer(ctx: BenchContext): Promise<string> {
  shared ??= (async () => {
    const given = ctx.options.pg ?? process.env.BENCH_DATABASE_URL;
    if (given) return given;
    // Its own directory under the system's temp dir: as root the cluster belongs to the postgres
    // user, who cannot enter the run's private temp dir.
    const dir = mkdtempSync(join(tmpdir(), "pendulum-bench-pg-"));
    const script = join(import.meta.dirname, "..", "pg", "throwaway.sh");
    const url = execFileSync("bash", [script, "start", dir], { encoding: "utf8" }).trim();
    ctx.onCleanup(() => void execFileSync("bash", [script, "stop", dir]));
    log(`throwaway PostgreSQL at ${url}`);
    return url;
  })();
  return shared;
}

/** A new empty database on the bench server, dropped at the end of the run. */
export async function benchPgDatabase(ctx: BenchContext, purpose: string): Promise<string> {
  const admin = await benchPgServer(ctx);
  const name = `pendulum_bench_${purpose}_${randomBytes(3).toString("hex")}`;
  const url = await createDatabase(admin, name);
  ctx.onCleanup(() => dropDatabase(admin, name));
  return url;
}
