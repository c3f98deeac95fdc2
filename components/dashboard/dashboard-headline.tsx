import type { ReactNode } from "react";
import type { SignLevel } from "@/lib/signals";

const TONE = {
  none: "border-stone-400 dark:border-stone-500",
  ok: "border-emerald-600 dark:border-emerald-500",
  watch: "border-amber-500 dark:border-amber-400",
  alert: "border-red-600 dark:border-red-400",
} as const;

/** The one sentence at the top: the most pressing sign, the calmest true summary, or what to log. */
/** `tone` is the most pressing level, or "none" while no sign can be judged. */
export function DashboardHeadline({ headline, tone, children }: { headline: string; tone: SignLevel | "none"; children?: ReactNode }) {
  return (
    <section
      aria-labelledby="headline-title"
      data-tone={tone}
      className={`rounded-xl border-l-4 bg-white p-4 shadow-sm dark:bg-stone-900 ${TONE[tone]}`}
    >
      <h2 id="headline-title" className="text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">
        This week in one sentence
      </h2>
      <p data-testid="headline" className="mt-1 text-lg leading-snug font-semibold text-pretty">
        {headline}
      </p>
      {children}
    </section>
  );
}
