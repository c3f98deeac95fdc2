import type { Shares } from "@/lib/checkin";
import { ACTIVITIES, ACTIVITY_LABELS, type Activity } from "@/lib/enums";
import { formatPercent } from "@/lib/format";

export const ACTIVITY_BG: Record<Activity, string> = {
  meetings: "bg-meetings",
  execution: "bg-execution",
  mentoring: "bg-mentoring",
  other: "bg-other",
};

export function describeSplit(shares: Shares): string {
  return ACTIVITIES.map((a) => `${ACTIVITY_LABELS[a]} ${formatPercent(shares[a])}`).join(", ");
}

/** The week's time split as one horizontal bar; segments are separated by a gap so they stay distinguishable. */
export function SplitBar({ shares, className = "h-4" }: { shares: Shares; className?: string }) {
  const isEmpty = ACTIVITIES.every((a) => shares[a] === 0);
  return (
    <div
      role="img"
      aria-label={isEmpty ? "No hours yet" : describeSplit(shares)}
      className={`split-bar ${className}`}
    >
      {ACTIVITIES.filter((a) => shares[a] > 0).map((a) => (
        <div key={a} className={`${ACTIVITY_BG[a]} h-full`} style={{ width: `${shares[a] * 100}%` }} />
      ))}
    </div>
  );
}
