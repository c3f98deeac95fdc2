import { splitSummary, type ReportData, type Trend } from "@/lib/report";
import { ReportSignScores, ReportTimeSplit } from "./report-charts";

const LEVEL_CLASS = {
  ok: "bg-green-700 text-white dark:bg-green-400 dark:text-stone-950",
  watch: "bg-amber-700 text-white dark:bg-amber-400 dark:text-stone-950",
  alert: "bg-red-700 text-white dark:bg-red-400 dark:text-stone-950",
} as const;

const num = (v: number | null, unit = "") => (v === null ? "–" : `${v}${unit}`);
const section = "break-inside-avoid space-y-2";
const th = "border-b border-stone-300 px-2 py-1 text-left font-semibold dark:border-stone-600";
const td = "border-b border-stone-200 px-2 py-1 dark:border-stone-800";

function TrendTable({ caption, trends }: { caption: string; trends: Trend[] }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th className={th} scope="col">
            Average (1–5)
          </th>
          <th className={th} scope="col">First half</th>
          <th className={th} scope="col">Second half</th>
          <th className={th} scope="col">Whole period</th>
        </tr>
      </thead>
      <tbody>
        {trends.map((t) => (
          <tr key={t.key}>
            <th className={`${td} text-left font-normal`} scope="row">
              {t.label}
            </th>
            <td className={td}>{num(t.first)}</td>
            <td className={td}>{num(t.second)}</td>
            <td className={td}>{num(t.mean)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The report as HTML, for the report page, the print view and the shared link. */
export function ReportView({ report }: { report: ReportData }) {
  const { leader, counts } = report;
  return (
    <article className="space-y-6" aria-labelledby="report-title">
      <header className="space-y-1">
        <h2 id="report-title" className="text-xl font-bold">
          Leadership report: {leader.name}
        </h2>
        <p className="font-medium">{report.period}</p>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {report.weekCount} weeks: {counts.logged} logged, {counts.away} away, {counts.missing} not logged · leading since {leader.leadingSince},
          previously {leader.previousRole}
          {leader.teamSize === null ? "" : ` · team of ${leader.teamSize}`}
        </p>
      </header>

      <section className={section} aria-labelledby="talking-title">
        <h3 id="talking-title" className="text-lg font-semibold">
          Suggested talking points for the 1:1
        </h3>
        <ol className="list-decimal space-y-1 pl-6">
          {report.talkingPoints.map((p) => (
            <li key={p.id}>
              <strong>{p.title}.</strong> {p.ask}
            </li>
          ))}
        </ol>
      </section>

      <section className="space-y-3" aria-labelledby="signs-title">
        <h3 id="signs-title" className="text-lg font-semibold">
          Warning signs as of {report.asOf}
        </h3>
        <ul className="space-y-3">
          {report.signs.map((s) => (
            <li key={s.id} className="break-inside-avoid">
              <p className="flex flex-wrap items-center gap-2">
                <span className={`rounded px-2 py-0.5 text-xs font-bold uppercase ${LEVEL_CLASS[s.level]}`}>{s.level}</span>
                <strong>{s.title}</strong>
                <span className="text-sm text-stone-600 dark:text-stone-400">
                  score {s.startScore === null ? s.score : `${s.startScore} → ${s.score}`} of 100
                </span>
              </p>
              {s.evidence.length > 0 ? (
                <ul className="mt-1 list-disc space-y-0.5 pl-6 text-sm text-stone-700 dark:text-stone-300">
                  {s.evidence.map((e, i) => (
                    <li key={i}>{e}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
        <ReportSignScores report={report} />
      </section>

      <section className={section} aria-labelledby="changes-title">
        <h3 id="changes-title" className="text-lg font-semibold">
          Biggest changes
        </h3>
        {report.changes.length === 0 ? (
          <p>No large changes over the period.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {report.changes.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        )}
      </section>

      <section className={section} aria-labelledby="split-title">
        <h3 id="split-title" className="text-lg font-semibold">
          Time split
        </h3>
        <p className="text-sm">{splitSummary(report)}</p>
        <ReportTimeSplit report={report} />
      </section>

      <section className={section} aria-labelledby="energy-title">
        <h3 id="energy-title" className="text-lg font-semibold">
          Energy and ratings
        </h3>
        <TrendTable caption="Energy and ratings, first half of the period against the second" trends={[...report.energy, ...report.ratings]} />
      </section>

      <section className="space-y-2" aria-labelledby="weeks-title">
        <h3 id="weeks-title" className="text-lg font-semibold">
          Week by week
        </h3>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Week by week table, scrolls sideways">
          <table className="w-full text-sm">
            <thead>
              <tr>
                {["Week", "Hours", "Meetings", "Execution", "Mentoring", "Other", "Low-value meetings"].map((h) => (
                  <th key={h} className={th} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.weeks.map((w) => (
                <tr key={w.week} className="break-inside-avoid">
                  <th className={`${td} text-left font-normal`} scope="row">
                    {w.week}
                  </th>
                  {w.status !== "logged" ? (
                    <td className={`${td} text-stone-600 dark:text-stone-400`} colSpan={6}>
                      {w.status === "away" ? "away" : "not logged"}
                    </td>
                  ) : (
                    <>
                      <td className={td}>{num(w.totalHours)}</td>
                      <td className={td}>{num(w.meetingsPct, " %")}</td>
                      <td className={td}>{num(w.executionPct, " %")}</td>
                      <td className={td}>{num(w.mentoringPct, " %")}</td>
                      <td className={td}>{num(w.otherPct, " %")}</td>
                      <td className={td}>{num(w.lowValuePct, " %")}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {report.includeNotes ? (
        <section className="space-y-2" aria-labelledby="notes-title">
          <h3 id="notes-title" className="text-lg font-semibold">
            Notes
          </h3>
          {report.notes.length === 0 ? (
            <p>No notes in this period.</p>
          ) : (
            <ul className="space-y-1">
              {report.notes.map((n) => (
                <li key={n.week} className="break-inside-avoid whitespace-pre-line">
                  <strong>{n.week}:</strong> {n.note}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </article>
  );
}
