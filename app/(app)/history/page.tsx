import type { Metadata } from "next";
import Link from "next/link";
import { DemoBanner } from "@/components/data/demo-banner";
import { connection } from "next/server";
import { getDb } from "@/db";
import { listCheckins } from "@/db/queries/checkins";
import { requireLeader } from "@/app/_server/auth";
import { HistoryList } from "@/components/history/history-list";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { historyPage, parseHistoryPage, toHistoryRows } from "@/lib/history";
import { lastCompletedIsoWeek } from "@/lib/iso-week";
import { leaderTimeZone } from "@/lib/local-date";

export const metadata: Metadata = { title: "History" };

function PageLinks({ page, pageCount }: { page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const link = buttonClass("secondary");
  return (
    <nav aria-label="History pages" className="flex flex-wrap items-center justify-between gap-2">
      {page > 1 ? (
        <Link href={page === 2 ? "/history" : `/history?page=${page - 1}`} className={link}>
          ← Newer weeks
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={`/history?page=${page + 1}`} className={link}>
          Older weeks →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

export default async function HistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { user, profile } = await requireLeader();
  const db = getDb();
  const timeZone = leaderTimeZone(profile);
  const lastWeek = lastCompletedIsoWeek(new Date(), timeZone);
  const checkins = await listCheckins(db, { userId: user.id });
  const rows = toHistoryRows(checkins, lastWeek);
  const loggedCount = rows.filter((r) => r.kind === "logged").length;
  const gapCount = rows.length - loggedCount;
  const shown = historyPage(rows, parseHistoryPage((await searchParams).page));

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold">History</h1>
          {rows.length > 0 ? (
            <p className="text-sm text-muted">
              {loggedCount} {loggedCount === 1 ? "week" : "weeks"} logged
              {gapCount > 0 ? `, ${gapCount} missing` : ""}. Open any week to edit it.
            </p>
          ) : null}
        </div>
        <Link href="/checkin" className={buttonClass()}>
          Log a week
        </Link>
      </div>
      <DemoBanner demoWeeks={checkins.filter((c) => c.isDemo).length} />
      {rows.length === 0 ? (
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">Nothing logged yet</h2>
          <p>
            Your weeks will line up here, newest first, each with where the hours went. It starts with one: how did last week
            go?
          </p>
          <div className="flex flex-wrap gap-2">
            <Link href={`/checkin/${lastWeek}`} className={buttonClass()}>
              Log last week
            </Link>
            <Link href="/settings/data" className={buttonClass("secondary")}>
              Or try it with demo data
            </Link>
          </div>
        </Card>
      ) : (
        <>
          <HistoryList rows={shown.rows} />
          <PageLinks page={shown.page} pageCount={shown.pageCount} />
        </>
      )}
    </div>
  );
}
