import { Document, Line, Page, Svg, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { REPORT_COLORS as C } from "@/lib/report/colors";
import type { ReportView, SignItem, WeekRow } from "@/lib/report/view";
import { loadPdfFonts } from "./fonts";
import { Fragment } from "react";
import { planPages, type PagePlan } from "./paginate";
import { ExperimentsReviewPdf } from "./experiments-review";
import { SignScoresChart, TimeSplitChart } from "./report-charts";
import { HeadRow, Table } from "./table";
import { ROW_HEIGHT, ROWS_PER_PAGE, styles, TABLE_WIDTH } from "./styles";

/** An empty line of a week column keeps its height. */
const NBSP = "\u00a0";

// About a hundred Latin characters fit a line of notes, a group of notes fills about four pages.
const SIZES = { rowsPerPage: ROWS_PER_PAGE, headingRows: 3, notesPerGroup: 22_000, lineUnits: 100 } as const;
/** The ratings section in points: its heading and caption (a line each) and its header row; each rating row. */
const TRENDS_HEAD = 60;
const TRENDS_ROW = 18;
/** Points of content a heading needs below it on its page, else it moves to the next. */
const HEADING_KEEP = 60;

function Bullet({ children, marker = "•" }: { children: React.ReactNode; marker?: string }) {
  return (
    <View style={styles.listItem}>
      <Text style={styles.bullet}>{marker}</Text>
      <Text style={styles.grow}>{children}</Text>
    </View>
  );
}

/**
 * The week table: one Text per column, a line per week at a fixed height, and the rules drawn once
 * behind them: a dozen nodes a page where a View and eight Texts a week made layout and pagination
 * the largest cost of a long report. A week away or not logged has its word across the numbers.
 */
function WeekRows({ columns, rows }: { columns: readonly string[]; rows: readonly WeekRow[] }) {
  const height = rows.length * ROW_HEIGHT;
  const lines = (cell: (row: WeekRow) => string) => rows.map(cell).join("\n");
  return (
    <View style={styles.table} wrap={false}>
      <HeadRow columns={columns} />
      <View style={[styles.weekBody, { height }]}>
        <Svg width={TABLE_WIDTH} height={height} style={styles.weekRules}>
          {rows.map((row, i) => (
            <Line key={row.header} x1={0} y1={(i + 1) * ROW_HEIGHT - 0.25} x2={TABLE_WIDTH} y2={(i + 1) * ROW_HEIGHT - 0.25} stroke={C.ruleLight} strokeWidth={0.5} />
          ))}
        </Svg>
        <Text style={[styles.cell, styles.weekLines]}>{lines((row) => row.header)}</Text>
        <View style={styles.weekCells}>
          {columns.slice(1).map((column, c) => (
            <Text key={column} style={[styles.cell, styles.weekLines]}>
              {lines((row) => row.cells?.[c] ?? NBSP)}
            </Text>
          ))}
          <Text style={[styles.weekGaps, styles.weekLines]}>{lines((row) => row.gap ?? NBSP)}</Text>
        </View>
      </View>
    </View>
  );
}

function SignBlock({ sign }: { sign: SignItem }) {
  return (
    <View style={styles.sign} wrap={false}>
      <View style={styles.signHead}>
        <Text style={[styles.pill, { backgroundColor: C.level[sign.level] }]}>{sign.levelLabel}</Text>
        <Text style={styles.bold}>{sign.title}</Text>
        <Text style={styles.meta}>{sign.scoreText}</Text>
      </View>
      {sign.evidence.map((e, i) => (
        <View key={i} style={styles.evidence}>
          <Bullet marker="–">{e}</Bullet>
        </View>
      ))}
    </View>
  );
}

/** A section heading that moves to the next page rather than end one alone. */
function Heading({ children }: { children: string }) {
  return (
    <Text style={styles.h2} minPresenceAhead={HEADING_KEEP}>
      {children}
    </Text>
  );
}

/** On every page: who and which weeks above; provenance, the date and "Page N of M" below. */
function Header({ text }: { text: string }) {
  return (
    <View style={styles.header} fixed>
      <Text>{text}</Text>
    </View>
  );
}

function Footer({ text }: { text: string }) {
  return (
    <View style={styles.footer} fixed>
      <Text>{text}</Text>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}

/** Page 1: who, which weeks, the signs in plain words, the leader's points and message, a compact time split. */
function Brief({ view }: { view: ReportView }) {
  const { brief } = view;
  return (
    <>
      <Text style={styles.title}>{view.title}</Text>
      <Text style={styles.subtitle}>{view.period}</Text>
      <Text style={styles.meta}>{view.summaryLine}</Text>
      {view.demoNote ? <Text style={styles.note}>{view.demoNote}</Text> : null}
      {view.empty ? (
        <Text style={styles.headline}>{view.empty}</Text>
      ) : (
        <>
          <Text style={styles.headline}>{brief.headline}</Text>
          {brief.raised.map((s) => (
            <View key={s.id} style={styles.sign} wrap={false}>
              <View style={styles.signHead}>
                <Text style={[styles.pill, { backgroundColor: C.level[s.level] }]}>{s.levelLabel}</Text>
                <Text style={styles.bold}>{s.title}</Text>
              </View>
              {s.detail ? <Text style={styles.evidence}>{s.detail}</Text> : null}
            </View>
          ))}
          {view.message ? (
            <View wrap={false}>
              <Heading>{view.message.heading}</Heading>
              <Text style={styles.paragraph}>{view.message.text}</Text>
            </View>
          ) : null}
          <Heading>{view.talkingPoints.heading}</Heading>
          <View style={styles.box} wrap={false}>
            {view.talkingPoints.items.length === 0 ? <Text>{view.talkingPoints.empty}</Text> : null}
            {view.talkingPoints.items.map((p, i) => (
              <Bullet key={p.id} marker={`${i + 1}.`}>
                <Text style={styles.bold}>{p.title}. </Text>
                {p.ask}
              </Bullet>
            ))}
          </View>
          <View wrap={false}>
            <Heading>{view.split.heading}</Heading>
            <Text style={styles.paragraph}>{view.split.summary}</Text>
            <TimeSplitChart chart={view.split.chart} height={90} />
          </View>
        </>
      )}
    </>
  );
}

/** From page 2 (a <Page> of its own): every sign with its evidence and chart, the changes, the ratings and what the leader included of their experiments and review. */
function Detail({ view }: { view: ReportView }) {
  const { signs } = view;
  return (
    <View>
      <Text style={[styles.h2, { marginTop: 0 }]}>{signs.heading}</Text>
      {signs.items.map((s) => (
        <SignBlock key={s.id} sign={s} />
      ))}
      <Text style={[styles.caption, { marginBottom: 6 }]}>{signs.levelsNote}</Text>
      <SignScoresChart chart={signs.chart} />

      <Heading>{view.changes.heading}</Heading>
      {view.changes.items.length === 0 ? <Text>{view.changes.empty}</Text> : view.changes.items.map((c, i) => <Bullet key={i}>{c}</Bullet>)}
      {view.experimentsReview ? <ExperimentsReviewPdf section={view.experimentsReview} heading={(text) => <Heading>{text}</Heading>} /> : null}
    </View>
  );
}

/** The ratings, first half → second half: above the week table on its first page. */
function Trends({ view }: { view: ReportView }) {
  const { trends } = view;
  return (
    <View wrap={false}>
      <Text style={[styles.h2, { marginTop: 0 }]}>{trends.heading}</Text>
      <Text style={styles.paragraph}>{trends.caption}</Text>
      <Table table={trends.table} />
    </View>
  );
}

/** Week rows of height ROW_HEIGHT the ratings take: heading, caption, header and its rows (each a little taller than a week row), one spare. */
function trendsRows(view: ReportView): number {
  return Math.ceil((TRENDS_HEAD + view.trends.table.rows.length * TRENDS_ROW) / ROW_HEIGHT) + 1;
}


/** One <Page> of the document: its content between the running header and footer. */
function Sheet({ view, children }: { view: ReportView; children: React.ReactNode }) {
  return (
    <Page size="A4" style={styles.page}>
      <Header text={view.header} />
      <View style={styles.body}>{children}</View>
      <Footer text={view.footer} />
    </Page>
  );
}

/**
 * The brief, the detail, then the week table and the notes; past two years of weeks, on pages sized here
 * (see paginate.ts). The brief and the detail are <Page>s of their own: the detail always starts a page,
 * and @react-pdf lays out again all of a <Page> still to come each time it starts one of its pages.
 */
export function ReportDocument({ view }: { view: ReportView }) {
  const { weekly, notes } = view;
  const empty = view.empty !== null;
  const sizes = { ...SIZES, trendsRows: trendsRows(view) };
  const pages = planPages(empty ? [] : weekly.table.rows, empty ? null : (notes?.items ?? null), (n) => `${n.week}: ${n.text}`, sizes);
  return (
    <Document title={view.documentTitle} author={view.leader.name} creator="Pendulum" producer="Pendulum" language="en">
      {pages.map((page, i) => (
        <Fragment key={i}>
          {page.summary ? (
            <Sheet view={view}>
              <Brief view={view} />
            </Sheet>
          ) : null}
          {hasMore(page) || (page.summary && !empty) ? (
            <Sheet view={view}>
              {page.summary && !empty ? <Detail view={view} /> : null}
              {page.trends ? <Trends view={view} /> : null}
              {page.tableHeading && page.rows.length > 0 ? <Heading>{weekly.heading}</Heading> : null}
              {page.rows.length > 0 ? <WeekRows columns={weekly.table.columns} rows={page.rows} /> : null}
              {notes && page.notes ? (
                <>
                  {page.notesHeading ? <Heading>{notes.heading}</Heading> : null}
                  {page.notesHeading && notes.items.length === 0 ? <Text>{notes.empty}</Text> : null}
                  {page.notes.map((n) => (
                    <Bullet key={n.week}>
                      <Text style={styles.bold}>{n.week}: </Text>
                      {n.text}
                    </Bullet>
                  ))}
                </>
              ) : null}
            </Sheet>
          ) : null}
        </Fragment>
      ))}
    </Document>
  );
}

/** Whether a planned page holds anything besides the summary. */
function hasMore(page: PagePlan<unknown, unknown>): boolean {
  return page.trends || page.rows.length > 0 || page.notes !== null;
}

/** The report as a PDF file (A4, embedded Noto fonts subset to the glyphs used). */
export async function renderReportPdf(view: ReportView): Promise<Buffer> {
  await loadPdfFonts();
  return renderToBuffer(<ReportDocument view={view} />);
}
