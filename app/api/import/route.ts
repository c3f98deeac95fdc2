import { getDb } from "@/db";
import { getSessionUser } from "@/app/_server/auth";
import { trustedOrigins } from "@/app/_server/config";
import { handleImport } from "./handle-import";

export async function POST(request: Request) {
  const user = await getSessionUser();
  return handleImport(request, { db: getDb(), userId: user?.id ?? null, now: new Date(), allowedOrigins: trustedOrigins() });
}
