import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { connection } from "next/server";
import { getDb } from "@/db";
import { getCheckin, getPreviousCheckin } from "@/db/queries/checkins";
import { getCalendarFeed } from "@/db/queries/calendar-feeds";
import { requireLeader } from "@/app/_server/auth";
import { CALENDAR_USED_COOKIE } from "@/components/checkin/calendar-memory";
import { CheckinForm } from "@/components/checkin/checkin-form";
import { CheckinExtras } from "@/components/reflect/checkin-extras";
import { listExperiments, listWellbeingChecks } from "@/db/queries/reflection";
import { experimentsToAsk } from "@/lib/experiments";
import { wellbeingDue } from "@/lib/wellbeing";
import { answerExperimentAction } from "../../reflect/actions";
import { DeleteWeek } from "@/components/checkin/delete-week";
import { WeekPicker } from "@/components/checkin/week-picker";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageLoading } from "@/components/ui/page-loading";
import { checkinToFormValues, emptyCheckinFormValues, recentWeeks, resolveWeekParam } from "@/lib/checkin-form";
import { formatWeekLabel, formatWeekRange } from "@/lib/format";
import { currentIsoWeek, lastCompletedIsoWeek } from "@/lib/iso-week";
import { leaderTimeZone, localIsoDate } from "@/lib/local-date";
import { Notice } from "../_components/notice";
import { deleteCheckinAction, saveCheckinAction } from "../actions";
import { addCalendarAddressAction, addCalendarTitleRuleAction } from "../../settings/calendar/actions";

type Props = { params: Promise<{ week: string }>; searchParams: Promise<{ deleted?: string | string[]; answered?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { week } = await params;
  return { title: `Check-in ${safeDecode(week).slice(0, 16)}` };
}

/** The segment as typed: Next hands it over still percent-encoded. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export default async function CheckinWeekPage({ params, searchParams }: Props) {
  await connection();
  const { user, profile } = await requireLeader();
  const { week: rawWeek } = await params;
  const { deleted, answered } = await searchParams;
  const timeZone = leaderTimeZone(profile);
  const now = new Date();
  const today = localIsoDate(now, timeZone);
  const currentWeek = currentIsoWeek(now, timeZone);
  const resolved = resolveWeekParam(rawWeek, currentWeek);

  if (resolved.status === "invalid") {
    return (
      <Notice title="That isn’t a week we know">
        <p>
          “{safeDecode(rawWeek).slice(0, 40)}” isn’t an ISO week. Weeks look like <strong>2026-W10</strong>; only some years have a
          week 53.
        </p>
        <Link href={`/checkin/${lastCompletedIsoWeek(now, timeZone)}`} className={buttonClass()}>
          Log last week
        </Link>
      </Notice>
    );
  }
  if (resolved.week !== rawWeek) redirect(`/checkin/${resolved.week}`);
  if (resolved.status === "future") {
    return (
      <Notice title={`${formatWeekLabel(resolved.week)} hasn’t happened yet`}>
        <p>
          You can log any week up to this one ({formatWeekLabel(currentWeek)}, {formatWeekRange(currentWeek)}), but not a
          later one.
        </p>
        <Link href={`/checkin/${currentWeek}`} className={buttonClass()}>
          Go to this week
        </Link>
      </Notice>
    );
  }

  const week = resolved.week;
  const [experiments, wellbeingChecks] = [await listExperiments(getDb(), user.id), await listWellbeingChecks(getDb(), user.id)];
  const deletedMark = typeof deleted === "string" ? deleted.slice(0, 20) : "";
  // Open for a leader who set up calendar matching or filled hours from a calendar in this browser.
  const calendarOpen = profile.settings.calendar !== undefined || (await cookies()).get(CALENDAR_USED_COOKIE)?.value === "1";

  return (
    <div className="space-y-4 sm:space-y-6">
      <header className="space-y-3">
        <div>
          <h1 className="text-2xl font-bold">{formatWeekLabel(week)}</h1>
          <p className="text-sm font-medium text-muted">
            {formatWeekRange(week)} · {week === currentWeek ? "this week, still running" : "weekly check-in"}
          </p>
        </div>
        <WeekPicker week={week} currentWeek={currentWeek} today={today} recentWeeks={recentWeeks(currentWeek, 12)} />
      </header>
      {/* Below the redirects above: a redirect thrown inside a Suspense boundary would stream as a meta refresh, not a 307. */}
      <Suspense key={week} fallback={<PageLoading label="Loading the week…" withTitle={false} />}>
        <WeekEditor userId={user.id} week={week} deletedMark={deletedMark} calendarOpen={calendarOpen} />
      </Suspense>
      {/* Issue 15, after the hours (issue 12's layout: hours first): the running experiment's one question, and the monthly check when due. */}
      <CheckinExtras
        week={week}
        asked={experimentsToAsk(experiments, week)}
        wellbeingDue={wellbeingDue(wellbeingChecks, currentWeek).isDue}
        answered={typeof answered === "string" ? answered : undefined}
        answerAction={answerExperimentAction}
      />
    </div>
  );
}

async function WeekEditor({
  userId,
  week,
  deletedMark,
  calendarOpen,
}: {
  userId: string;
  week: string;
  deletedMark: string;
  calendarOpen: boolean;
}) {
  const db = getDb();
  const [existing, previous, feed] = await Promise.all([getCheckin(db, userId, week), getPreviousCheckin(db, userId, week), getCalendarFeed(db, userId)]);
  const hasFeed = feed !== null;
  return (
    <div className="space-y-4 sm:space-y-6">
      {existing ? (
        <Card tone="accent" padding="xs" className="text-sm">
          {existing.isDemo ? "Editing a demo week. Saving it makes it your own." : "Editing your saved week. Saving again replaces it."}
        </Card>
      ) : null}
      {deletedMark && !existing ? (
        <Card role="status" tone="muted" padding="xs" className="text-sm">
          {formatWeekLabel(week)} was deleted.
        </Card>
      ) : null}

      <CheckinForm
        key={`${week}-${deletedMark}`}
        week={week}
        leaderId={userId}
        initialValues={existing ? checkinToFormValues(existing) : emptyCheckinFormValues(week)}
        previous={previous ? { week: previous.week, values: checkinToFormValues(previous) } : null}
        saveAction={saveCheckinAction}
        calendarImport={{
          // A saved calendar address is a leader who uses the calendar: the panel opens for them too.
          defaultOpen: calendarOpen || hasFeed,
          hasFeed,
          actions: { addTitleRule: addCalendarTitleRuleAction, addAddress: addCalendarAddressAction },
        }}
      />

      {existing ? (
        <section aria-label="Delete this week" className="border-t border-border pt-6">
          <DeleteWeek week={week} deleteAction={deleteCheckinAction} />
        </section>
      ) : null}
    </div>
  );
}
