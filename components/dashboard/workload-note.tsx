import type { DashboardView } from "@/lib/dashboard/view";

const LEVEL_STYLES = {
  ok: "border-stone-300 bg-white dark:border-stone-700 dark:bg-stone-900",
  watch: "border-amber-500 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50",
  alert: "border-red-600 bg-red-50 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50",
} as const;

/** Total hours, which shares alone hide: a line when calm, the evidence when raised. */
export function WorkloadNote({ workload }: { workload: DashboardView["workload"] }) {
  if (workload.recentAverageHours === null) return null;
  const isRaised = workload.level !== "ok";
  return (
    <section
      aria-label="Workload"
      data-testid="workload"
      data-level={workload.level}
      className={`rounded-xl border-l-4 px-4 py-3 text-sm ${LEVEL_STYLES[workload.level]}`}
    >
      <p>
        <span className="font-semibold">Workload{isRaised ? ` · ${workload.levelLabel}` : ""}:</span>{" "}
        {workload.recentAverageHours} h a week on average lately.
      </p>
      {isRaised && (
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {workload.evidence.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
