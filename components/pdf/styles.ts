import { StyleSheet } from "@react-pdf/renderer";
import { PDF_FONT_FAMILY } from "./fonts";

export const PDF_COLORS = {
  meetings: "#d97706",
  execution: "#3b82f6",
  mentoring: "#10b981",
  other: "#a8a29e",
  "missed-executing": "#3b82f6",
  "skills-slipping": "#8b5cf6",
  "meetings-politics": "#d97706",
  "not-set-up": "#10b981",
  "doesnt-like-it": "#db2777",
  ok: "#15803d",
  watch: "#b45309",
  alert: "#b91c1c",
} as const;

export const styles = StyleSheet.create({
  // No lineHeight on the page or the fixed footer: @react-pdf 4.9 multiplies an inherited lineHeight by the font
  // size again on every page relayout, so the footer's page-number text grew 8x per page until pdfkit refused the
  // number (diegomura/react-pdf#3452). Flowing text gets it from `body`, laid out once.
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 9.5, color: "#1c1917", paddingTop: 40, paddingBottom: 48, paddingHorizontal: 40 },
  body: { fontSize: 9.5, lineHeight: 1.4 },
  title: { fontSize: 18, fontWeight: 700, lineHeight: 1.3, marginBottom: 4 },
  subtitle: { fontSize: 11, marginBottom: 6 },
  meta: { color: "#57534e" },
  h2: { fontSize: 12.5, fontWeight: 700, marginTop: 14, marginBottom: 5 },
  box: { borderWidth: 1, borderColor: "#d6d3d1", borderRadius: 4, padding: 8 },
  listItem: { flexDirection: "row", marginBottom: 3 },
  bullet: { width: 14 },
  grow: { flex: 1 },
  bold: { fontWeight: 700 },
  table: { borderTopWidth: 1, borderColor: "#d6d3d1" },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: "#e7e5e4", paddingVertical: 2 },
  headRow: { flexDirection: "row", borderBottomWidth: 1, borderColor: "#a8a29e", paddingVertical: 2, fontWeight: 700 },
  cell: { flex: 1, paddingHorizontal: 2 },
  cellWide: { flex: 2.4, paddingHorizontal: 2 },
  sign: { marginBottom: 6 },
  signHead: { flexDirection: "row", alignItems: "center", gap: 6 },
  pill: { color: "#ffffff", fontWeight: 700, fontSize: 8.5, paddingHorizontal: 5, paddingVertical: 1, borderRadius: 3 },
  evidence: { marginLeft: 12, color: "#44403c" },
  legend: { flexDirection: "row", flexWrap: "wrap", gap: 8, marginTop: 4, fontSize: 8 },
  legendItem: { flexDirection: "row", alignItems: "center", gap: 3 },
  swatch: { width: 8, height: 8 },
  caption: { fontSize: 8, color: "#57534e", marginTop: 2 },
  footer: { position: "absolute", bottom: 22, left: 40, right: 40, flexDirection: "row", justifyContent: "space-between", fontSize: 8, color: "#78716c" },
});
