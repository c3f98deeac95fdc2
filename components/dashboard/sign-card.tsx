import { LEVEL_LABELS, type SignCardData } from "@/lib/dashboard/signs";
import { Sparkline } from "./sparkline";

const LEVEL_STYLES = {
  ok: "border-emerald-600 bg-emerald-50 text-emerald-900 dark:border-emerald-500 dark:bg-emerald-950 dark:text-emerald-100",
  watch: "border-amber-500 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100",
  alert: "border-red-600 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100",
} as const;

const BADGE_STYLES = {
  ok: "bg-emerald-700 text-white dark:bg-emerald-300 dark:text-emerald-950",
  watch: "bg-amber-600 text-stone-950 dark:bg-amber-300 dark:text-amber-950",
  alert: "bg-red-700 text-white dark:bg-red-300 dark:text-red-950",
} as const;

export function SignCard({ sign }: { sign: SignCardData }) {
  const headingId = `sign-${sign.id}`;
  return (
    <article
      aria-labelledby={headingId}
      data-sign={sign.id}
      data-level={sign.level}
      className={`flex flex-col gap-2 rounded-xl border-l-4 p-4 ${LEVEL_STYLES[sign.level]}`}
    >
      <div className="flex items-start justify-between gap-2">
        <h3 id={headingId} className="font-semibold">
          {sign.title}
        </h3>
        <span className={`rounded-full px-2 py-0.5 text-xs font-bold uppercase ${BADGE_STYLES[sign.level]}`}>
          {LEVEL_LABELS[sign.level]}
        </span>
      </div>
      <p className="text-sm opacity-90">{sign.question}</p>
      <div className="flex items-end justify-between gap-2">
        <p className="text-sm whitespace-nowrap">
          Score <span className="text-2xl font-bold tabular-nums">{sign.score}</span>
          <span className="opacity-80"> / 100</span>
        </p>
        <Sparkline values={sign.trend} />
      </div>
      {sign.evidence.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {sign.evidence.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p className="text-sm opacity-90">Nothing worrying in your recent weeks.</p>
      )}
    </article>
  );
}
