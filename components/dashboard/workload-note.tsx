import type { DashboardView } from "@/lib/dashboard/view";

const LEVEL_STYLES = {
  ok: "border-border-strong bg-surface",
  watch: "border-watch bg-watch-soft text-text",
  alert: "border-alert bg-alert-soft text-text",
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
