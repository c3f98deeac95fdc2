import type { Metadata } from "next";
import { connection } from "next/server";
import { getDb } from "@/db";
import { listCheckins } from "@/db/queries/checkins";
import { listExperiments, listReviews, listWellbeingChecks } from "@/db/queries/reflection";
import { requireLeader } from "@/app/_server/auth";
import { ActionForm, EchoRadio, EchoTextarea, ReflectFieldError } from "@/components/reflect/action-form";
import { ReflectNav } from "@/components/reflect/reflect-nav";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import { formatWeekLabel } from "@/lib/format";
import { currentIsoWeek } from "@/lib/iso-week";
import { leaderTimeZone } from "@/lib/local-date";
import { REFLECTION_MAX_LENGTH, REVIEW_PATH_TITLES, REVIEW_PATHS } from "@/lib/review/kinds";
import { buildReviewView, type SplitAverage } from "@/lib/review/view";
import { saveReviewAction } from "../actions";

export const metadata: Metadata = { title: "Quarterly review" };

const PATHS: Record<(typeof REVIEW_PATHS)[number], { title: string; text: string }> = {
  "stay-and-adjust": {
    title: REVIEW_PATH_TITLES["stay-and-adjust"],
    text: "Keep leading, and keep the changes that helped. Pick one or two more to try next quarter.",
  },
  "reshape-role": {
    title: REVIEW_PATH_TITLES["reshape-role"],
    text: "Change what the job is made of — for example a tech-lead or player-coach split with more hands-on time. Talk it through with your manager; many teams can make room for it.",
  },
  "step-back-for-now": {
    title: REVIEW_PATH_TITLES["step-back-for-now"],
    text: "Return to hands-on work, or take a break from leading. That is a choice for now, not for ever: plenty of people lead again later and bring what they learned the first time.",
  },
};

const splitText = (s: SplitAverage) =>
  s ? `${s.execution} % hands-on, ${s.meetings} % meetings, ${s.mentoring} % mentoring, ${s.hours} h a week (${s.weeks} weeks logged)` : "no weeks logged";

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { user, profile } = await requireLeader();
  const params = await searchParams;
  const db = getDb();
  const timeZone = leaderTimeZone(profile);
  const [checkins, experiments, wellbeingChecks, reviews] = [
    await listCheckins(db, { userId: user.id }),
    await listExperiments(db, user.id),
    await listWellbeingChecks(db, user.id),
    await listReviews(db, user.id),
  ];
  const week = currentIsoWeek(new Date(), timeZone);
  const view = buildReviewView({ profile, checkins, experiments, wellbeingChecks, asOf: week });
  const saved = reviews.find((r) => r.week === week);
  const past = reviews.filter((r) => r.week !== week).reverse();

  return (
    <div className="space-y-6">
      <ReflectNav current="/reflect/review" />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Is this right for me, right now?</h1>
        <p className="text-muted">
          {view.milestone
            ? `You have been leading for ${view.milestone} weeks — a good moment to look back.`
            : `Week ${view.weekOfLeading} of leading. The next review is suggested at week ${view.nextMilestone}; you can do one any time.`}{" "}
          Leading is not the right path for everyone, or not at every moment, and either is fine. What matters is knowing what gives you
          energy, so the choice you make is yours.
        </p>
      </header>
      {typeof params.saved === "string" && (
        <Card tone="ok" role="status">
          Review saved. Only you can see it; it goes into a report only if you include it.
        </Card>
      )}

      <Section id="energy-title" title="What energized and what drained you">
        <p>{view.insightsSummary}</p>
        {[...view.energizing, ...view.draining].length > 0 && (
          <ul className="list-disc space-y-1 pl-5">
            {[...view.energizing, ...view.draining].map((f) => (
              <li key={`${f.driver}-${f.measure}`}>{f.sentence}</li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="moved-title" title="How your weeks and signs moved">
        <p>
          This quarter ({formatWeekLabel(view.period.from)} to {formatWeekLabel(view.period.to)}): {splitText(view.split.now)}.
        </p>
        <p>The quarter before: {splitText(view.split.before)}.</p>
        <table className="w-full text-left text-sm [&_td]:py-1 [&_td]:pr-3 [&_th]:pr-3 [&_th]:align-top [&_td]:align-top">
          <caption className="sr-only">Warning signs now and a quarter ago</caption>
          <thead>
            <tr>
              <th scope="col">Sign</th>
              <th scope="col">A quarter ago</th>
              <th scope="col">Now</th>
            </tr>
          </thead>
          <tbody>
            {view.signs.map((s) => (
              <tr key={s.id} className="border-t border-border">
                <th scope="row" className="py-1 font-medium">
                  {s.title}
                </th>
                <td>{s.before ?? "—"}</td>
                <td>{s.now}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section id="experiments-title" title="What you tried">
        {view.experiments.length === 0 ? (
          <p>No experiments this quarter.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {view.experiments.map((e) => (
              <li key={e.id}>
                <strong>{e.title}</strong> — {e.outcome ? e.outcome : "still running"}. {e.headline}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="wellbeing-title" title="Your wellbeing">
        {view.wellbeing.length === 0 ? <p>No wellbeing checks in the last two quarters.</p> : view.wellbeing.map((s) => <p key={s}>{s}</p>)}
      </Section>

      <Section id="paths-title" title="Three honest paths">
        <ActionForm action={saveReviewAction} className="space-y-4" label="Your review">
          {view.milestone && <input type="hidden" name="milestone" value={view.milestone} />}
          <fieldset className="space-y-3">
            <legend className="font-medium">Which way are you leaning? (optional, and you can change it)</legend>
            {REVIEW_PATHS.map((p) => (
              <label key={p} className="flex items-start gap-3 rounded-lg border border-border p-3">
                <EchoRadio name="leaning" value={p} defaultChecked={saved?.leaning === p} className="mt-1 size-5" />
                <span>
                  <span className="font-semibold">{PATHS[p].title}</span>
                  <span className="block text-sm">{PATHS[p].text}</span>
                  {p === "stay-and-adjust" && view.keptSteps.length > 0 && (
                    <span className="block text-sm text-muted">Steps that worked for you: {view.keptSteps.join("; ")}.</span>
                  )}
                </span>
              </label>
            ))}
          </fieldset>
          <label className="flex flex-col gap-1">
            <span className="font-medium">Your reflection (private)</span>
            <EchoTextarea
              id="reflection"
              name="reflection"
              rows={6}
              maxLength={REFLECTION_MAX_LENGTH}
              defaultValue={saved?.reflection ?? ""}
              className="rounded-lg border border-border-strong bg-surface p-3 text-base text-text aria-invalid:border-alert"
            />
            <ReflectFieldError name="reflection" id="reflection-error" />
          </label>
          <Button type="submit">Save my review</Button>
        </ActionForm>
      </Section>

      {past.length > 0 && (
        <Section id="past-reviews-title" title="Earlier reviews">
          <ul className="space-y-2">
            {past.map((r) => (
              <li key={r.week}>
                <strong>{formatWeekLabel(r.week)}</strong>
                {r.leaning ? ` — leaning: ${PATHS[r.leaning].title}` : ""}
                {r.reflection && <p className="text-sm whitespace-pre-line">{r.reflection}</p>}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
