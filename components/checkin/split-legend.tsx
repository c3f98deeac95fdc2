import type { Hours, Shares } from "@/lib/checkin";
import { ACTIVITIES, ACTIVITY_LABELS } from "@/lib/enums";
import { formatHours, formatPercent } from "@/lib/format";
import { ACTIVITY_BG } from "./split-bar";

export function SplitLegend({ hours, shares }: { hours: Hours; shares: Shares }) {
  return (
    <ul className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
      {ACTIVITIES.map((a) => (
        <li key={a} className="flex items-center gap-2">
          <span aria-hidden="true" className={`inline-block size-3 shrink-0 rounded-sm ${ACTIVITY_BG[a]}`} />
          <span>
            {ACTIVITY_LABELS[a]}{" "}
            <span className="font-semibold tabular-nums">{formatPercent(shares[a])}</span>
            <span className="whitespace-nowrap text-muted"> · {formatHours(hours[a])}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
