import Form from "next/form";
import Link from "next/link";
import { weekNavigation } from "@/lib/checkin-form";
import { formatWeekLabel, formatWeekRange } from "@/lib/format";
import { buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

/** Previous / next week, a jump to this week, and a field that takes any earlier week ("2026-W10"). */
export function WeekPicker({ week, currentWeek, recentWeeks }: { week: string; currentWeek: string; recentWeeks: string[] }) {
  const { previous, next } = weekNavigation(week, currentWeek);
  return (
    <nav aria-label="Choose a week" className="flex flex-wrap items-end gap-2">
      <Link href={`/checkin/${previous}`} className={buttonClass("secondary")} aria-label={`Previous week (${formatWeekLabel(previous)})`}>
        ← Previous
      </Link>
      {next ? (
        <Link href={`/checkin/${next}`} className={buttonClass("secondary")} aria-label={`Next week (${formatWeekLabel(next)})`}>
          Next →
        </Link>
      ) : null}
      {week !== currentWeek ? (
        <Link href={`/checkin/${currentWeek}`} className={buttonClass("ghost")}>
          This week
        </Link>
      ) : null}
      <Form action="/checkin" className="flex items-end gap-2">
        <Field id="week-picker" label="Go to week" describedBy={["week-picker-hint"]} className="w-36">
          {(control) => (
            <>
              <input name="week" list="week-picker-recent" placeholder="2026-W10" autoComplete="off" className={inputClass} {...control} />
              <span id="week-picker-hint" className="sr-only">
                Type a week such as 2026-W10, or pick a recent one.
              </span>
              <datalist id="week-picker-recent">
                {recentWeeks.map((w) => (
                  <option key={w} value={w}>
                    {formatWeekRange(w)}
                  </option>
                ))}
              </datalist>
            </>
          )}
        </Field>
        <button type="submit" className={buttonClass("secondary")}>
          Go
        </button>
      </Form>
    </nav>
  );
}
