import { json } from "@/app/_server/http";
import type { Db } from "@/db/client";
import { checkDatabaseHealth } from "@/db/health";

/** 200 when the database answers and its migrations are current, else 503; the body never holds more than these three words. */
export async function handleHealth(db: () => Db): Promise<Response> {
  let health: Awaited<ReturnType<typeof checkDatabaseHealth>>;
  try {
    health = await checkDatabaseHealth(db());
  } catch {
    // Opening the database failed (a bad DATABASE_URL, an unwritable directory).
    health = { database: "unreachable", migrations: "unknown" };
  }
  const isHealthy = health.database === "ok" && health.migrations === "current";
  return json(isHealthy ? 200 : 503, { status: isHealthy ? "ok" : "unavailable", ...health });
}
