import type { Metadata } from "next";
import { connection } from "next/server";
import { getDb } from "@/db";
import { listCheckins } from "@/db/queries/checkins";
import { requireLeader } from "@/app/_server/auth";
import { ReflectNav } from "@/components/reflect/reflect-nav";
import { Card } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import { computeInsights } from "@/lib/insights/compute";
import { lastCompletedIsoWeek } from "@/lib/iso-week";
import { leaderTimeZone } from "@/lib/local-date";
import { RATING_SPEC } from "@/lib/ratings";

export const metadata: Metadata = { title: "What energizes you" };

const DRIVERS = { execution: "Hands-on share", meetings: "Meetings share", mentoring: "Mentoring share", totalHours: "Total hours", lowValueMeetings: "Low-value meetings" } as const;
const MEASURES = {
  satisfaction: RATING_SPEC.satisfaction.label,
  teamGrowthJoy: RATING_SPEC.teamGrowthJoy.label,
  skillConfidence: RATING_SPEC.skillConfidence.label,
  energyMeetings: "Energy from meetings",
  energyExecution: "Energy from hands-on work",
  energyMentoring: "Energy from mentoring",
} as const;

export default async function WhatEnergizesYouPage() {
  await connection();
  const { user, profile } = await requireLeader();
  const checkins = await listCheckins(getDb(), { userId: user.id });
  const asOf = lastCompletedIsoWeek(new Date(), leaderTimeZone(profile));
  const insights = computeInsights({ checkins }, { asOf });
  const energizing = insights.findings.filter((f) => f.direction === "higher");
  const draining = insights.findings.filter((f) => f.direction === "lower");

  return (
    <div className="space-y-6">
      <ReflectNav current="/reflect" />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">What energizes you</h1>
        <p className="text-muted">
          Knowing which kind of work gives you energy and which takes it away is what lets you choose your next step well — whether that is
          staying, reshaping the role or stepping back for a while. This page compares your own weeks with each other, never with anyone else.
        </p>
      </header>
      <Card tone={insights.status === "findings" ? "accent" : "muted"} role="status">
        {insights.summary}
      </Card>
      {energizing.length > 0 && (
        <Section id="energizing" title="Goes with more energy or joy">
          <ul className="list-disc space-y-1 pl-5">
            {energizing.map((f) => (
              <li key={`${f.driver}-${f.measure}`}>{f.sentence}</li>
            ))}
          </ul>
        </Section>
      )}
      {draining.length > 0 && (
        <Section id="draining" title="Goes with less">
          <ul className="list-disc space-y-1 pl-5">
            {draining.map((f) => (
              <li key={`${f.driver}-${f.measure}`}>{f.sentence}</li>
            ))}
          </ul>
        </Section>
      )}
      <Section id="how" title="How this is worked out">
        <p className="text-sm">
          For each kind of work, your logged weeks of the last two years are split into weeks with more and weeks with less of it. A difference
          is shown only with at least 8 weeks on each side, when it is at least half a point, and when it stands out from your usual
          week-to-week ups and downs: a shuffle test within each quarter, corrected for the {insights.tested || 30} comparisons made at once, so
          that on data with nothing in it, fewer than 1 in 20 leads would see any pattern at all. Away weeks and unanswered questions are left out.
        </p>
        <details>
          <summary className="cursor-pointer text-sm font-medium">Every comparison</summary>
          <table className="mt-2 w-full text-left text-sm [&_td]:py-1 [&_td]:pr-3 [&_th]:pr-3">
            <caption className="sr-only">Every comparison and its state</caption>
            <thead>
              <tr>
                <th scope="col">Split by</th>
                <th scope="col">Measure</th>
                <th scope="col">More / less weeks</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {insights.pairs.map((p) => (
                <tr key={`${p.driver}-${p.measure}`} className="border-t border-border">
                  <td>{DRIVERS[p.driver]}</td>
                  <td>{MEASURES[p.measure]}</td>
                  <td>
                    {p.highWeeks} / {p.lowWeeks}
                  </td>
                  <td>{p.status === "finding" ? "stands out" : p.status === "not-enough-weeks" ? "not enough weeks yet" : p.status === "no-contrast" ? "no contrast" : "no clear difference"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </Section>
    </div>
  );
}
