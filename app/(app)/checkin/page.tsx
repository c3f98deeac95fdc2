import { redirect } from "next/navigation";
import { connection } from "next/server";
import { requireLeader } from "@/app/_server/auth";
import { normalizeWeekInput } from "@/lib/checkin-form";
import { lastCompletedIsoWeek } from "@/lib/iso-week";
import { leaderTimeZone } from "@/lib/local-date";

/** /checkin opens the week just ended; /checkin?week=… (the week picker) opens the week typed. */
export default async function CheckinIndexPage({ searchParams }: { searchParams: Promise<{ week?: string | string[] }> }) {
  await connection();
  const { profile } = await requireLeader();
  const { week } = await searchParams;
  const typed = typeof week === "string" ? week.trim() : "";
  if (typed) redirect(`/checkin/${encodeURIComponent(normalizeWeekInput(typed) ?? typed)}`);
  const timeZone = leaderTimeZone(profile);
  redirect(`/checkin/${lastCompletedIsoWeek(new Date(), timeZone)}`);
}
