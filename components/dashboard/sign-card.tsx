import Link from "next/link";
import type { SignCardData } from "@/lib/dashboard/signs";
import { Chevron } from "./chevron";
import { Sparkline } from "./sparkline";

const LEVEL_STYLES = {
  ok: "border-ok bg-ok-soft text-text",
  watch: "border-watch bg-watch-soft text-text",
  alert: "border-alert bg-alert-soft text-text",
} as const;

const BADGE_STYLES = {
  ok: "bg-ok text-on-ok",
  watch: "bg-watch text-on-watch",
  alert: "bg-alert text-on-alert",
} as const;

const TREND_ARROWS = { rising: "↑", steady: "→", falling: "↓" } as const;

/** A raised sign: its plain reason, direction and persistence, the evidence behind "Why?", and next steps. */
export function SignCard({ sign, watchFrom }: { sign: SignCardData; watchFrom: number }) {
  const headingId = `sign-${sign.id}`;
  const stepsId = `steps-${sign.id}`;
  return (
    <article
      aria-labelledby={headingId}
      data-sign={sign.id}
      data-level={sign.level}
      className={`flex flex-col gap-3 rounded-xl border-l-4 p-4 ${LEVEL_STYLES[sign.level]}`}
    >
      <div className="flex items-start justify-between gap-3">
        <h3 id={headingId} className="text-lg font-semibold">
          {sign.title}
        </h3>
        <span className={`shrink-0 rounded-full px-2.5 py-0.5 text-xs font-bold uppercase ${BADGE_STYLES[sign.level]}`}>
          {sign.levelLabel}
        </span>
      </div>
      <p className="font-medium" data-testid="sign-reason">
        {sign.reason}
      </p>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 text-sm">
        <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <li data-trend={sign.trend}>
            <span aria-hidden="true">{TREND_ARROWS[sign.trend]} </span>
            {sign.trendLabel}
          </li>
          <li>{sign.persistence}</li>
          <li className="whitespace-nowrap">
            Score <span className="font-bold tabular-nums">{sign.score}</span> / 100
          </li>
        </ul>
        <Sparkline values={sign.sparkline} watchFrom={watchFrom} />
      </div>

      <details className="group rounded-lg bg-white/60 dark:bg-black/20">
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-lg px-3 text-sm font-semibold underline-offset-2 hover:underline [&::-webkit-details-marker]:hidden">
          <Chevron />
          Why?<span className="sr-only"> The evidence for {sign.title.toLowerCase()}</span>
        </summary>
        <div className="space-y-3 px-3 pb-3 text-sm">
          <p className="italic opacity-90">{sign.question}</p>
          <ul className="list-disc space-y-1 pl-5">
            {sign.evidence.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {sign.notes.length > 0 && (
            <figure className="space-y-2">
              <figcaption className="font-semibold">In your own words (only you see your notes)</figcaption>
              {sign.notes.map((note) => (
                <blockquote key={note.week} className="border-l-2 border-current/40 pl-3">
                  <p>“{note.text}”</p>
                  <footer className="text-xs opacity-80">{note.week}</footer>
                </blockquote>
              ))}
            </figure>
          )}
        </div>
      </details>

      <section aria-labelledby={stepsId} className="space-y-2">
        <h4 id={stepsId} className="text-sm font-semibold">
          Next steps for the coming week
        </h4>
        <ol className="space-y-2">
          {sign.steps.map((step) => (
            <li key={step.id} data-step={step.id} className="rounded-lg bg-white/60 p-3 text-sm dark:bg-black/20">
              <p className="font-semibold">{step.title}</p>
              <p>{step.text}</p>
              <p className="mt-1 text-xs opacity-85">Why this helps: {step.why}</p>
              <Link href={`/reflect/experiments?step=${step.id}#start-title`} className="mt-2 inline-flex min-h-11 items-center font-semibold underline">
                Try it as an experiment
              </Link>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
