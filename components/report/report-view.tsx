"use client";
import type { ReportPageView } from "@/lib/report/page-view";
import type { ViewTable } from "@/lib/report/view";
import { ExperimentsReview } from "./experiments-review";
import { ReportSignScores, ReportTimeSplit } from "./report-charts";
import { useHydrated } from "@/components/charts/browser-only";

const LEVEL_CLASS = {
  ok: "bg-ok text-on-ok",
  watch: "bg-watch text-on-watch",
  alert: "bg-alert text-on-alert",
} as const;

const section = "break-inside-avoid space-y-2";
const heading = "text-lg font-semibold";
const muted = "text-muted";

function Head({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Where a table is drawn in the browser: its caption stands in until then (and without JavaScript). */
function TablePending({ caption }: { caption: string }) {
  return <p className={`text-sm ${muted}`}>{caption}: drawn in your browser…</p>;
}

function Table({ table }: { table: ViewTable }) {
  if (!useHydrated()) return <TablePending caption={table.caption} />;
  return (
    <table className="report-table">
      <caption className="sr-only">{table.caption}</caption>
      <Head columns={table.columns} />
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.header}>
            <th scope="row">{r.header}</th>
            {r.cells.map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The report as HTML for the report page and its print view. A client component: the page sends the
 * report once as data (ReportPageView), and the server renders it to HTML from that data, instead of
 * sending its whole element tree a second time beside the HTML.
 */
export function ReportView({ view }: { view: ReportPageView }) {
  const { signs, split, trends, weekly, notes } = view;
  const drawn = useHydrated();
  return (
    <article className="space-y-6" aria-labelledby="report-title">
      <header className="space-y-1">
        <h2 id="report-title" className="text-xl font-bold">
          {view.title}
        </h2>
        <p className="font-medium">{view.period}</p>
        <p className={`text-sm ${muted}`}>{view.summaryLine}</p>
        {view.demoNote ? (
          <p role="note" className="rounded-lg border-l-4 border-watch bg-watch-soft px-3 py-2 text-sm text-text">
            {view.demoNote}
          </p>
        ) : null}
      </header>

      {view.message ? (
        <section className={section} aria-labelledby="message-title">
          <h3 id="message-title" className={heading}>
            {view.message.heading}
          </h3>
          <p className="whitespace-pre-line">{view.message.text}</p>
        </section>
      ) : null}

      <section className={section} aria-labelledby="talking-title">
        <h3 id="talking-title" className={heading}>
          {view.talkingPoints.heading}
        </h3>
        <ol className="list-decimal space-y-1 pl-6">
          {view.talkingPoints.items.map((p) => (
            <li key={p.id}>
              <strong>{p.title}.</strong> {p.ask}
            </li>
          ))}
        </ol>
      </section>

      <section className="space-y-3" aria-labelledby="signs-title">
        <h3 id="signs-title" className={heading}>
          {signs.heading}
        </h3>
        <ul className="space-y-3">
          {signs.items.map((s) => (
            <li key={s.id} className="break-inside-avoid">
              <p className="flex flex-wrap items-center gap-2">
                <span className={`rounded px-2 py-0.5 text-xs font-bold uppercase ${LEVEL_CLASS[s.level]}`}>{s.levelLabel}</span>
                <strong>{s.title}</strong>
                <span className={`text-sm ${muted}`}>{s.scoreText}</span>
              </p>
              {s.evidence.length > 0 ? (
                <ul className="mt-1 list-disc space-y-0.5 pl-6 text-sm text-muted">
                  {s.evidence.map((e, i) => (
                    <li key={i}>{e}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
        <ReportSignScores chart={signs.chart} />
      </section>

      <section className={section} aria-labelledby="changes-title">
        <h3 id="changes-title" className={heading}>
          {view.changes.heading}
        </h3>
        {view.changes.items.length === 0 ? (
          <p>{view.changes.empty}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {view.changes.items.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        )}
      </section>

      <section className={section} aria-labelledby="split-title">
        <h3 id="split-title" className={heading}>
          {split.heading}
        </h3>
        <p className="text-sm">{split.summary}</p>
        <ReportTimeSplit chart={split.chart} />
      </section>

      <section className={section} aria-labelledby="energy-title">
        <h3 id="energy-title" className={heading}>
          {trends.heading}
        </h3>
        <p className={`text-sm ${muted}`}>{trends.caption}</p>
        <Table table={trends.table} />
      </section>

      {view.experimentsReview ? <ExperimentsReview section={view.experimentsReview} /> : null}

      <section className="space-y-2" aria-labelledby="weeks-title">
        <h3 id="weeks-title" className={heading}>
          {weekly.heading}
        </h3>
        {drawn ? (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Week by week table, scrolls sideways">
            <table className="report-table">
              <caption className="sr-only">{weekly.table.caption}</caption>
              <Head columns={weekly.table.columns} />
              <tbody>
                {weekly.table.rows.map((r) => (
                  <tr key={r.header}>
                    <th scope="row">{r.header}</th>
                    {r.cells ? (
                      r.cells.map((c, i) => <td key={i}>{c}</td>)
                    ) : (
                      <td className={muted} colSpan={weekly.table.columns.length - 1}>
                        {r.gap}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <TablePending caption={weekly.table.caption} />
        )}
      </section>

      {notes ? (
        <section className="space-y-2" aria-labelledby="notes-title">
          <h3 id="notes-title" className={heading}>
            {notes.heading}
          </h3>
          {notes.items.length === 0 ? (
            <p>{notes.empty}</p>
          ) : (
            <ul className="space-y-1">
              {notes.items.map((n) => (
                <li key={n.week} className="break-inside-avoid whitespace-pre-line">
                  <strong>{n.week}:</strong> {n.text}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </article>
  );
}
