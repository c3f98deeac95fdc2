import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ReportDownloads } from "@/components/report/report-downloads";
import { TalkingPointsDisclosure } from "@/components/report/talking-points-editor";
import { ReportView } from "@/components/report/report-view";
import { buttonClass } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";
import { getDb } from "@/db";
import { getReportChoice } from "@/db/queries/report-choices";
import { checkRange, REPORT_PRESETS, type ReportPresetId, type ReportRange } from "@/lib/report";
import { reportPageQuerySchema } from "@/lib/validation/report";
import { requireLeader } from "@/app/_server/auth";
import { loadReport } from "@/app/_server/report";
import { toReportPageView } from "@/lib/report/page-view";
import { resetTalkingPointsAction, saveTalkingPointsAction } from "./actions";
import { ShareLinksSection } from "./share-links-section";

export const metadata: Metadata = { title: "Report" };

const DEFAULT_PRESET: ReportPresetId = "last-quarter";
const PRINT_CSS = "@page { margin: 14mm; } @media print { body { background: white; color: black; } }";

function query(range: ReportRange, notes: boolean): string {
  return new URLSearchParams({ from: range.from, to: range.to, ...(notes ? { notes: "1" } : {}) }).toString();
}

function WeekField({ name, label, value, error }: { name: "from" | "to"; label: string; value: string | undefined; error: string | undefined }) {
  const id = `report-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="week"
        defaultValue={value}
        required
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export default async function ReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { user, profile } = await requireLeader();
  const parsed = reportPageQuerySchema.safeParse(await searchParams);
  const q = parsed.success ? parsed.data : { preset: undefined, from: undefined, to: undefined, notes: false };

  let request: ReportRange | ReportPresetId | null = null;
  let errors: { from?: string; to?: string } = {};
  let preset: ReportPresetId | null = null;
  if (q.from || q.to) {
    const checked = checkRange(q.from ?? "", q.to ?? "");
    if (checked.ok) request = checked.range;
    else errors = { [checked.path]: checked.message };
  } else {
    preset = (q.preset as ReportPresetId | undefined) ?? DEFAULT_PRESET;
    request = preset;
  }
  const choice = await getReportChoice(getDb(), user.id);
  const report = request ? await loadReport(getDb(), user.id, { range: request, includeNotes: q.notes, now: new Date(), talkingPoints: choice, profile }) : null;
  const range = report?.range ?? null;
  const reportable = report !== null && report.empty === null;

  return (
    <div className="space-y-6">
      <style>{PRINT_CSS}</style>
      <div className="no-print space-y-4 print:hidden">
        <div>
          <h1 className="text-2xl font-bold">Report for your manager</h1>
          <p className="text-sm text-muted">
            Pick a range, read it here or print it, download it, or share a read-only link before your next 1:1.
          </p>
        </div>

        <nav aria-label="Report range presets" className="flex flex-wrap gap-2">
          {REPORT_PRESETS.map((p) => (
            <Link
              key={p.id}
              href={`/report?${new URLSearchParams({ preset: p.id, ...(q.notes ? { notes: "1" } : {}) })}`}
              aria-current={preset === p.id ? "page" : undefined}
              className={buttonClass(preset === p.id ? "primary" : "secondary")}
            >
              {p.label}
            </Link>
          ))}
        </nav>

        <form method="get" action="/report" className="grid gap-3 rounded-xl border border-border bg-surface p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <WeekField name="from" label="From week" value={q.from ?? range?.from} error={errors.from} />
          <WeekField name="to" label="To week" value={q.to ?? range?.to} error={errors.to} />
          <button type="submit" className={buttonClass("primary")}>
            Show report
          </button>
          <label className="flex min-h-11 items-center gap-2 text-sm sm:col-span-3">
            <input type="checkbox" name="notes" value="1" defaultChecked={q.notes} className="size-5" />
            Include my private notes
          </label>
        </form>

        {reportable && range ? (
          <section aria-labelledby="download-title" className="space-y-2">
            <h2 id="download-title" className="text-lg font-semibold">
              Download
            </h2>
            <ReportDownloads
              downloads={[
                { label: "PDF", href: `/api/report/pdf?${query(range, q.notes)}`, type: "application/pdf" },
                { label: "Markdown", href: `/api/report/md?${query(range, q.notes)}`, type: "text/markdown" },
                { label: "CSV", href: `/api/report/csv?${query(range, q.notes)}`, type: "text/csv" },
              ]}
            />
          </section>
        ) : null}

        {reportable ? (
          <section aria-labelledby="points-title" className="space-y-2">
            <h2 id="points-title" className="text-lg font-semibold">
              What your manager reads
            </h2>
            <p className="text-sm text-muted">
              You decide. Only the points and parts you tick go into the report below, its downloads and the share links you create next.
            </p>
            <TalkingPointsDisclosure suggestions={report.suggestions} choice={choice} save={saveTalkingPointsAction} reset={resetTalkingPointsAction} />
          </section>
        ) : null}

        {range ? <ShareLinksSection userId={user.id} range={range} period={report?.period ?? `${range.from} – ${range.to}`} includeNotes={q.notes} canShare={reportable} /> : null}
      </div>

      {report?.empty ? (
        <div role="status" className="space-y-2 rounded-xl border border-border bg-surface p-4">
          <h2 className="text-lg font-semibold">Nothing to report for {report.period}</h2>
          <p>{report.empty}</p>
          {report.demoNote ? <p className="text-sm text-muted">{report.demoNote}</p> : null}
        </div>
      ) : report ? (
        <ReportView view={toReportPageView(report)} />
      ) : (
        <p role="alert" className="text-alert-text">
          Fix the range above to see the report.
        </p>
      )}
    </div>
  );
}
