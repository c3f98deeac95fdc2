import { Document, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { splitSummary, type ReportData, type ReportSign, type Trend } from "@/lib/report";
import { registerPdfFonts } from "./fonts";
import { SignScoresChart, TimeSplitChart } from "./report-charts";
import { PDF_COLORS, styles } from "./styles";

const num = (v: number | null, unit = "") => (v === null ? "–" : `${v}${unit}`);

function Bullet({ children, marker = "•" }: { children: React.ReactNode; marker?: string }) {
  return (
    <View style={styles.listItem}>
      <Text style={styles.bullet}>{marker}</Text>
      <Text style={styles.grow}>{children}</Text>
    </View>
  );
}

function Table({ headers, rows, wideFirst = false }: { headers: string[]; rows: string[][]; wideFirst?: boolean }) {
  const cellStyle = (i: number) => (wideFirst && i === 0 ? styles.cellWide : styles.cell);
  return (
    <View style={styles.table}>
      <View style={styles.headRow} fixed>
        {headers.map((h, i) => (
          <Text key={i} style={cellStyle(i)}>
            {h}
          </Text>
        ))}
      </View>
      {rows.map((row, r) => (
        <View key={r} style={styles.row} wrap={false}>
          {row.map((c, i) => (
            <Text key={i} style={cellStyle(i)}>
              {c}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

function SignBlock({ sign }: { sign: ReportSign }) {
  const moved = sign.startScore === null ? `${sign.score} of 100` : `${sign.startScore} → ${sign.score} of 100 over the period`;
  return (
    <View style={styles.sign} wrap={false}>
      <View style={styles.signHead}>
        <Text style={[styles.pill, { backgroundColor: PDF_COLORS[sign.level] }]}>{sign.level}</Text>
        <Text style={styles.bold}>{sign.title}</Text>
        <Text style={styles.meta}>score {moved}</Text>
      </View>
      {sign.evidence.map((e, i) => (
        <View key={i} style={styles.evidence}>
          <Bullet marker="–">{e}</Bullet>
        </View>
      ))}
    </View>
  );
}

const trendRow = (t: Trend) => [t.label, num(t.first), num(t.second), num(t.mean)];

export function ReportDocument({ report }: { report: ReportData }) {
  const { leader, counts } = report;
  const title = `Leadership report: ${leader.name}`;
  return (
    <Document title={`${title}, ${report.period}`} author={leader.name} creator="Pendulum" producer="Pendulum" language="en">
      <Page size="A4" style={styles.page}>
        <View style={styles.body}>
        <Text style={styles.title}>{title}</Text>
        <Text style={styles.subtitle}>{report.period}</Text>
        <Text style={styles.meta}>
          {report.weekCount} weeks: {counts.logged} logged, {counts.away} away, {counts.missing} not logged · leading since {leader.leadingSince}, previously{" "}
          {leader.previousRole}
          {leader.teamSize === null ? "" : ` · team of ${leader.teamSize}`}
        </Text>

        <Text style={styles.h2}>Suggested talking points for the 1:1</Text>
        <View style={styles.box} wrap={false}>
          {report.talkingPoints.map((p, i) => (
            <Bullet key={p.id} marker={`${i + 1}.`}>
              <Text style={styles.bold}>{p.title}. </Text>
              {p.ask}
            </Bullet>
          ))}
        </View>

        <Text style={styles.h2}>Warning signs as of {report.asOf}</Text>
        {report.signs.map((s) => (
          <SignBlock key={s.id} sign={s} />
        ))}
        <SignScoresChart report={report} />

        <Text style={styles.h2}>Biggest changes</Text>
        {report.changes.length === 0 ? <Text>No large changes over the period.</Text> : report.changes.map((c, i) => <Bullet key={i}>{c}</Bullet>)}

        <View wrap={false}>
          <Text style={styles.h2}>Time split</Text>
          <Text style={{ marginBottom: 5 }}>{splitSummary(report)}</Text>
          <TimeSplitChart report={report} />
        </View>

        <View wrap={false}>
          <Text style={styles.h2}>Energy and ratings (1–5)</Text>
          <Table headers={["", "First half", "Second half", "Whole period"]} rows={[...report.energy, ...report.ratings].map(trendRow)} wideFirst />
        </View>

        <Text style={styles.h2}>Week by week</Text>
        <Table
          headers={["Week", "Hours", "Meetings", "Execution", "Mentoring", "Other", "Low-value mtg"]}
          rows={report.weeks.map((w) =>
            w.status !== "logged"
              ? [w.week, w.status === "away" ? "away" : "not logged", "", "", "", "", ""]
              : [w.week, num(w.totalHours), num(w.meetingsPct, " %"), num(w.executionPct, " %"), num(w.mentoringPct, " %"), num(w.otherPct, " %"), num(w.lowValuePct, " %")],
          )}
        />

        {report.includeNotes ? (
          <>
            <Text style={styles.h2}>Notes</Text>
            {report.notes.length === 0 ? (
              <Text>No notes in this period.</Text>
            ) : (
              report.notes.map((n) => (
                <Bullet key={n.week}>
                  <Text style={styles.bold}>{n.week}: </Text>
                  {n.note}
                </Bullet>
              ))
            )}
          </>
        ) : null}
        </View>

        <View style={styles.footer} fixed>
          <Text>
            Pendulum · {leader.name} · {report.range.from} – {report.range.to} · generated {report.generatedAt.slice(0, 10)}
          </Text>
          <Text render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

/** The report as a PDF file (A4, embedded Noto fonts subset to the glyphs used). */
export async function renderReportPdf(report: ReportData): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<ReportDocument report={report} />);
}
