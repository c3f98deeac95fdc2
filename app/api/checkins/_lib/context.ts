import "server-only";
import { getDb } from "@/db";
import { apiLeader } from "@/app/_server/api-leader";
import type { ApiContext } from "./handlers";

export async function apiContext(request: Request): Promise<ApiContext> {
  return { db: getDb(), userId: (await apiLeader(request))?.id ?? null, now: new Date() };
}
