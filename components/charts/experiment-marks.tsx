import { ReferenceArea } from "recharts";
import type { ShownExperiment } from "@/lib/dashboard/experiment-weeks";

/** A dashed frame over an experiment's weeks (issue 15); called inline, as Recharts reads its direct children. */
export function experimentAreas(marks: readonly ShownExperiment[]) {
  return marks.map((e) => (
    <ReferenceArea
      key={`experiment-${e.id}`}
      x1={e.shown[0]}
      x2={e.shown.at(-1)}
      className="chart-experiment"
      fillOpacity={0.08}
      strokeDasharray="4 3"
      ifOverflow="hidden"
    />
  ));
}

/** The words for each frame, under the chart. */
export function ExperimentKey({ marks, labels }: { marks: readonly ShownExperiment[]; labels: ReadonlyMap<string, string> }) {
  if (marks.length === 0) return null;
  return (
    <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
      {marks.map((e) => (
        <span key={e.id} className="inline-flex items-center gap-1.5" data-experiment-mark={e.id}>
          <span className="inline-block size-3 rounded-sm border-2 border-dashed border-accent" aria-hidden="true" />
          Dashed frame: experiment “{e.title}”, {labels.get(e.shown[0]!)} to {labels.get(e.shown.at(-1)!)}
        </span>
      ))}
    </p>
  );
}
