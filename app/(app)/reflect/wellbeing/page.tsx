import type { Metadata } from "next";
import { connection } from "next/server";
import { getDb } from "@/db";
import { listWellbeingChecks } from "@/db/queries/reflection";
import { requireLeader } from "@/app/_server/auth";
import { ActionForm, EchoRadio, EchoSelect, ReflectFieldError } from "@/components/reflect/action-form";
import { ReflectNav } from "@/components/reflect/reflect-nav";
import { WellbeingChart } from "@/components/reflect/wellbeing-chart";
import { WellbeingMessageCard } from "@/components/reflect/wellbeing-message";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import { formatWeekLabel } from "@/lib/format";
import { currentIsoWeek } from "@/lib/iso-week";
import { leaderTimeZone } from "@/lib/local-date";
import { WHO5_LIKELY_DEPRESSION_AT_MOST, WHO5_POOR_AT_MOST } from "@/lib/wellbeing/score";
import { burnoutMeaning, PRIVACY_NOTE, SINGLE_ITEM_BURNOUT, WHO5, wellbeingDue, wellbeingMessage, wellbeingTrend, who5Meaning } from "@/lib/wellbeing";
import { saveWellbeingAction } from "../actions";

export const metadata: Metadata = { title: "Wellbeing check" };

export default async function WellbeingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { user, profile } = await requireLeader();
  const params = await searchParams;
  const checks = await listWellbeingChecks(getDb(), user.id);
  const week = currentIsoWeek(new Date(), leaderTimeZone(profile));
  const due = wellbeingDue(checks, week);
  const latest = checks.at(-1);
  const message = latest ? wellbeingMessage(latest) : null;
  const trend = wellbeingTrend(checks, { to: week });
  const thisWeek = checks.find((c) => c.week === week);

  return (
    <div className="space-y-6">
      <ReflectNav current="/reflect/wellbeing" />
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Monthly wellbeing check</h1>
        <p className="text-muted">
          Two short, published questionnaires, every four weeks. {PRIVACY_NOTE}
        </p>
      </header>
      {typeof params.saved === "string" && (
        <Card tone="ok" role="status">
          Saved for {formatWeekLabel(week)}. The next check is offered four weeks from now.
        </Card>
      )}
      {message && <WellbeingMessageCard message={message} />}

      <Section id="check-title" title={due.isDue || thisWeek ? `Your check for ${formatWeekLabel(week)}` : `Next check: ${formatWeekLabel(due.nextDueWeek)}`}>
        {!due.isDue && !thisWeek && <p className="text-sm text-muted">You can still answer now if you like.</p>}
        <ActionForm action={saveWellbeingAction} className="space-y-5" label="Monthly wellbeing check">
          <fieldset className="space-y-3">
            <legend className="font-semibold">{WHO5.name}</legend>
            <p className="text-sm">{WHO5.instruction}</p>
            {WHO5.items.map((item, i) => (
              <label key={item} className="flex flex-col gap-1">
                <span>
                  {i + 1}. {item}
                </span>
                <EchoSelect
                  id={`who5_${i + 1}`}
                  name={`who5_${i + 1}`}
                  defaultValue={thisWeek?.who5?.[i]?.toString() ?? ""}
                  className="min-h-11 rounded-lg border border-border-strong bg-surface px-3 text-base text-text aria-invalid:border-alert"
                >
                  <option value="">Choose…</option>
                  {WHO5.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </EchoSelect>
                <ReflectFieldError name={`who5_${i + 1}`} id={`who5_${i + 1}-error`} />
              </label>
            ))}
            <p className="text-xs text-muted">{WHO5.attribution}</p>
          </fieldset>
          <fieldset className="space-y-2">
            <legend className="font-semibold">{SINGLE_ITEM_BURNOUT.name}</legend>
            <p className="text-sm">{SINGLE_ITEM_BURNOUT.question}</p>
            {SINGLE_ITEM_BURNOUT.options.map((o) => (
              <label key={o.value} className="flex min-h-11 items-start gap-2">
                <EchoRadio name="burnout" value={String(o.value)} defaultChecked={thisWeek?.burnout === o.value} className="mt-1 size-5" />
                <span>
                  {o.value}. {o.label}
                </span>
              </label>
            ))}
            <ReflectFieldError name="burnout" id="burnout-error" />
            <p className="text-xs text-muted">{SINGLE_ITEM_BURNOUT.attribution}</p>
          </fieldset>
          <Button type="submit">Save my check</Button>
        </ActionForm>
      </Section>

      <Section id="trend-title" title="Your checks so far">
        {trend.points.length === 0 ? (
          <p>No checks yet.</p>
        ) : (
          <>
            {trend.sentences.map((s) => (
              <p key={s}>{s}</p>
            ))}
            {trend.points.length >= 2 && (
              <figure aria-hidden="true" data-wellbeing-chart>
                <WellbeingChart
                  points={trend.points.map((p) => ({ week: p.week, label: formatWeekLabel(p.week), who5: p.who5, burnout: p.burnout }))}
                  poorAtMost={WHO5_POOR_AT_MOST}
                  likelyDepressionAtMost={WHO5_LIKELY_DEPRESSION_AT_MOST}
                />
              </figure>
            )}
            <table className="w-full text-left text-sm [&_td]:py-1 [&_td]:pr-3 [&_th]:pr-3 [&_th]:align-top [&_td]:align-top">
              <caption className="sr-only">Wellbeing checks by week</caption>
              <thead>
                <tr>
                  <th scope="col">Week</th>
                  <th scope="col">WHO-5 (0–100)</th>
                  <th scope="col">Burnout (1–5)</th>
                </tr>
              </thead>
              <tbody>
                {trend.points.map((p) => (
                  <tr key={p.week} className="border-t border-border">
                    <td>{formatWeekLabel(p.week)}</td>
                    <td>{p.who5 ?? "—"}</td>
                    <td>{p.burnout ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {latest && (
              <div className="space-y-1 text-sm text-muted">
                <p className="font-medium text-text">What the latest scores mean (context, not a diagnosis)</p>
                {latest.who5 && <p>WHO-5: {who5Meaning(trend.points.at(-1)!.who5!)}</p>}
                {latest.burnout !== null && <p>Burnout: {burnoutMeaning(latest.burnout)}</p>}
              </div>
            )}
          </>
        )}
      </Section>
    </div>
  );
}
