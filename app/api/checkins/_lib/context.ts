import "server-only";
import { getDb } from "@/db";
import { getAuth } from "@/app/_server/auth";
import type { ApiContext } from "./handlers";

export async function apiContext(request: Request): Promise<ApiContext> {
  const session = await getAuth().api.getSession({ headers: request.headers });
  return { db: getDb(), userId: session?.user.id ?? null, now: new Date() };
}
