import { StyleSheet } from "@react-pdf/renderer";
import { REPORT_COLORS as C } from "@/lib/report/colors";
import { PDF_FONT_FAMILY } from "./fonts";

export const PAGE = { width: 595.28, height: 841.89, top: 40, bottom: 48, side: 40 } as const;
export const BODY_SIZE = 9.5;
/** A week row is one line; fixed heights let the table be cut into pages without measuring. */
export const ROW_HEIGHT = 16;
/** The width of the content, between the side margins. */
export const TABLE_WIDTH = PAGE.width - 2 * PAGE.side;
const H2 = { fontSize: 12.5, marginTop: 14, marginBottom: 5 } as const;
/** Week rows on a page of their own: the content height less a two-line header row, one row spare. */
export const ROWS_PER_PAGE = Math.floor((PAGE.height - PAGE.top - PAGE.bottom - 2 * ROW_HEIGHT) / ROW_HEIGHT) - 1;

export const styles = StyleSheet.create({
  // No lineHeight on the page or the fixed footer: @react-pdf 4.9 multiplies an inherited lineHeight by the font
  // size again on every page relayout, so the footer's page-number text grew 8x per page until pdfkit refused the
  // number (diegomura/react-pdf#3452). Flowing text gets it from `body`, laid out once.
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: BODY_SIZE, color: C.ink, paddingTop: PAGE.top, paddingBottom: PAGE.bottom, paddingHorizontal: PAGE.side },
  body: { fontSize: BODY_SIZE, lineHeight: 1.4 },
  title: { fontSize: 18, fontWeight: 700, lineHeight: 1.3, marginBottom: 4 },
  subtitle: { fontSize: 11, marginBottom: 6 },
  meta: { color: C.muted },
  h2: { ...H2, fontWeight: 700 },
  h3: { fontSize: 11, fontWeight: 700, marginTop: 8, marginBottom: 4, paddingBottom: 2, borderBottomWidth: 0.5, borderColor: C.rule },
  reflectionBlock: { marginBottom: 6 },
  quote: { borderLeftWidth: 3, borderColor: C.rule, paddingLeft: 6, paddingVertical: 2, marginTop: 2 },
  box: { borderWidth: 1, borderColor: C.rule, borderRadius: 4, padding: 8 },
  listItem: { flexDirection: "row", marginBottom: 3 },
  bullet: { width: 14 },
  grow: { flex: 1 },
  bold: { fontWeight: 700 },
  paragraph: { marginBottom: 5 },
  table: { borderTopWidth: 1, borderColor: C.rule },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: C.ruleLight, paddingVertical: 2 },
  weekBody: { flexDirection: "row", position: "relative" },
  weekRules: { position: "absolute", top: 0, left: 0 },
  weekLines: { lineHeight: `${ROW_HEIGHT}pt` },
  weekCells: { flex: 6, flexDirection: "row", position: "relative" },
  weekGaps: { position: "absolute", top: 0, left: 0, right: 0, paddingHorizontal: 2, color: C.muted },
  headRow: { flexDirection: "row", alignItems: "flex-end", minHeight: ROW_HEIGHT, borderBottomWidth: 1, borderColor: C.ruleStrong, paddingVertical: 2, fontWeight: 700 },
  cell: { flex: 1, paddingHorizontal: 2 },
  cellWide: { flex: 2.4, paddingHorizontal: 2 },
  sign: { marginBottom: 6 },
  signHead: { flexDirection: "row", alignItems: "center", gap: 6 },
  pill: { color: C.onLevel, fontWeight: 700, fontSize: 8.5, paddingHorizontal: 5, paddingVertical: 1, borderRadius: 3, textTransform: "uppercase" },
  evidence: { marginLeft: 12, color: C.text },
  legend: { flexDirection: "row", flexWrap: "wrap", gap: 8, marginTop: 4, fontSize: 8 },
  legendItem: { flexDirection: "row", alignItems: "center", gap: 3 },
  swatch: { width: 8, height: 8 },
  caption: { fontSize: 8, color: C.muted, marginTop: 2 },
  axisLabel: { fontSize: 7, color: C.muted },
  axisTitle: { fontSize: 7.5, color: C.muted, marginBottom: 2 },
  header: { position: "absolute", top: 18, left: PAGE.side, right: PAGE.side, flexDirection: "row", justifyContent: "space-between", fontSize: 8, color: C.faint, borderBottomWidth: 0.5, borderColor: C.ruleLight, paddingBottom: 3 },
  note: { borderLeftWidth: 3, borderColor: C.level.watch, paddingLeft: 6, paddingVertical: 2, marginVertical: 4 },
  headline: { fontSize: 11, fontWeight: 700, marginTop: 8, marginBottom: 4 },
  footer: { position: "absolute", bottom: 22, left: PAGE.side, right: PAGE.side, flexDirection: "row", justifyContent: "space-between", fontSize: 8, color: C.faint },
});
