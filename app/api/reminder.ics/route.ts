import { getDb } from "@/db";
import { getSessionUser } from "@/app/_server/auth";
import { appUrl } from "@/app/_server/config";
import { handleReminder } from "./handle-reminder";

export async function GET(request: Request) {
  const user = await getSessionUser();
  const baseUrl = process.env.APP_URL ? appUrl() : new URL(request.url).origin;
  return handleReminder({ db: getDb(), userId: user?.id ?? null, baseUrl, now: new Date() });
}
