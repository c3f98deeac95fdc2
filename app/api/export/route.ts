import { getDb } from "@/db";
import { getSessionUser } from "@/app/_server/auth";
import { handleExport } from "./handle-export";

export async function GET() {
  const user = await getSessionUser();
  return handleExport({ db: getDb(), userId: user?.id ?? null, now: new Date() });
}
