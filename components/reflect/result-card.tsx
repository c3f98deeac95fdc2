import type { ExperimentResult } from "@/lib/experiments";
import { formatWeekLabel } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

const CERTAINTY = { "too-few": "too few weeks to be sure", unclear: "within your usual ups and downs", clear: "stands out" } as const;
const NAMES = { measure: "Its measure", energy: "Energy", satisfaction: "Satisfaction" } as const;

function value(unit: string, v: number | null): string {
  if (v === null) return "—";
  if (unit === "percent") return `${Math.round(v)} %`;
  if (unit === "hours") return `${Math.round(v * 4) / 4} h`;
  if (unit === "share-of-weeks") return `${Math.round(v * 100)} % of weeks`;
  return `${Math.round(v * 10) / 10} of 5`;
}

/** The experiment's weeks against the weeks before it, in sentences first and a table behind them. */
export function ResultCard({ result }: { result: ExperimentResult }) {
  const headingId = `result-${result.id}`;
  return (
    <Card as="article" aria-labelledby={headingId} className="space-y-3" data-result={result.id}>
      <h3 id={headingId} className="font-semibold">
        Result: {result.title}
      </h3>
      <p className="text-sm text-muted">
        {result.measureLabel} · {formatWeekLabel(result.span.from)} to {formatWeekLabel(result.span.to)} · did it: {result.adherence.yes} yes,{" "}
        {result.adherence.partly} partly, {result.adherence.no} no
        {result.adherence.unanswered > 0 ? `, ${result.adherence.unanswered} not answered` : ""}
      </p>
      <ul className="list-disc space-y-1 pl-5">
        {result.sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm [&_td]:py-1 [&_td]:pr-3 [&_th]:pr-3 [&_th]:align-top [&_td]:align-top">
          <caption className="sr-only">Experiment weeks compared with the weeks before</caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">During</th>
              <th scope="col">Before</th>
              <th scope="col">Certainty</th>
            </tr>
          </thead>
          <tbody>
            {result.comparisons.map((c) => (
              <tr key={c.id} className="border-t border-border">
                <th scope="row" className="py-1 font-medium">
                  {NAMES[c.id]}
                </th>
                <td>
                  {value(c.unit, c.during)} <span className="text-muted">({c.duringWeeks} wk)</span>
                </td>
                <td>
                  {value(c.unit, c.before)} <span className="text-muted">({c.beforeWeeks} wk)</span>
                </td>
                <td>
                  <Badge tone={c.certainty === "clear" ? "ok" : "neutral"}>{CERTAINTY[c.certainty]}</Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
