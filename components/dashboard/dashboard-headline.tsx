import type { ReactNode } from "react";
import type { SignLevel } from "@/lib/signals";

const TONE = {
  none: "border-border-strong",
  ok: "border-ok",
  watch: "border-watch",
  alert: "border-alert",
} as const;

/** The one sentence at the top: the most pressing sign, the calmest true summary, or what to log. */
/** `tone` is the most pressing level, or "none" while no sign can be judged. */
export function DashboardHeadline({ headline, tone, children }: { headline: string; tone: SignLevel | "none"; children?: ReactNode }) {
  return (
    <section
      aria-labelledby="headline-title"
      data-tone={tone}
      className={`rounded-xl border-l-4 bg-surface p-4 shadow-sm ${TONE[tone]}`}
    >
      <h2 id="headline-title" className="text-xs font-semibold tracking-wide text-muted uppercase">
        This week in one sentence
      </h2>
      <p data-testid="headline" className="mt-1 text-lg leading-snug font-semibold text-pretty">
        {headline}
      </p>
      {children}
    </section>
  );
}
