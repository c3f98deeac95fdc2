import { Line, Path, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { SIGN_IDS } from "@/lib/enums";
import type { ReportData } from "@/lib/report";
import { PDF_COLORS, styles } from "./styles";

const WIDTH = 515;
const HEIGHT = 120;
const SPLIT_KEYS = [
  ["meetings", "Meetings"],
  ["execution", "Hands-on execution"],
  ["mentoring", "Mentoring"],
  ["other", "Other"],
] as const;

function Legend({ items }: { items: ReadonlyArray<{ color: string; label: string; dashed?: boolean }> }) {
  return (
    <View style={styles.legend}>
      {items.map((item) => (
        <View key={item.label} style={styles.legendItem}>
          <View style={[styles.swatch, { backgroundColor: item.color }]} />
          <Text>{item.label}</Text>
        </View>
      ))}
    </View>
  );
}

/** 100 % stacked bars per week; the dashed line is the meetings ceiling, the dotted one the execution floor (from the top of meetings). */
export function TimeSplitChart({ report }: { report: ReportData }) {
  const n = report.weeks.length;
  const slot = WIDTH / n;
  const bar = Math.max(1, slot * 0.78);
  const y = (pct: number) => HEIGHT - (pct / 100) * HEIGHT;
  const ceiling = y(report.targets.meetingsMaxPct);
  return (
    <View wrap={false}>
      <Svg width={WIDTH} height={HEIGHT + 1} viewBox={`0 0 ${WIDTH} ${HEIGHT + 1}`}>
        <Rect x={0} y={0} width={WIDTH} height={HEIGHT} fill="#f5f5f4" />
        {report.weeks.map((w, i) => {
          if (!w.shares) return null;
          let base = HEIGHT;
          return SPLIT_KEYS.map(([key]) => {
            const h = w.shares![key] * HEIGHT;
            base -= h;
            return <Rect key={`${w.week}-${key}`} x={i * slot + (slot - bar) / 2} y={base} width={bar} height={h} fill={PDF_COLORS[key]} />;
          });
        })}
        <Line x1={0} y1={ceiling} x2={WIDTH} y2={ceiling} stroke="#1c1917" strokeWidth={1} strokeDasharray="4 3" />
        <Line x1={0} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} stroke="#78716c" strokeWidth={0.5} />
      </Svg>
      <Legend
        items={[
          ...SPLIT_KEYS.map(([key, label]) => ({ color: PDF_COLORS[key], label })),
          { color: "#1c1917", label: `Meetings ceiling ${report.targets.meetingsMaxPct} % (dashed)` },
        ]}
      />
      <Text style={styles.caption}>
        One bar per week, {report.range.from} to {report.range.to}; empty slots are weeks away or not logged.
      </Text>
    </View>
  );
}

/** Each sign's score week by week (0–100); lines break over weeks away or not logged. */
export function SignScoresChart({ report }: { report: ReportData }) {
  const n = report.weeks.length;
  const x = (i: number) => (n === 1 ? WIDTH / 2 : (i / (n - 1)) * WIDTH);
  const y = (score: number) => HEIGHT - (score / 100) * HEIGHT;
  const pathFor = (id: (typeof SIGN_IDS)[number]) => {
    let d = "";
    let pen = false;
    report.weeks.forEach((w, i) => {
      const score = w.status === "logged" ? w.scores[id] : null;
      if (score === null) {
        pen = false;
        return;
      }
      d += `${pen ? "L" : "M"}${x(i).toFixed(1)} ${y(score).toFixed(1)} `;
      pen = true;
    });
    return d.trim();
  };
  return (
    <View wrap={false}>
      <Svg width={WIDTH} height={HEIGHT + 1} viewBox={`0 0 ${WIDTH} ${HEIGHT + 1}`}>
        <Rect x={0} y={y(40)} width={WIDTH} height={y(0) - y(40)} fill="#f0fdf4" />
        <Rect x={0} y={y(70)} width={WIDTH} height={y(40) - y(70)} fill="#fffbeb" />
        <Rect x={0} y={0} width={WIDTH} height={y(70)} fill="#fef2f2" />
        {SIGN_IDS.map((id) => {
          const d = pathFor(id);
          if (!d) return null;
          const single = !d.includes("L");
          return single ? (
            <Rect key={id} x={Number(d.split(/[ M]/)[1]) - 1.5} y={Number(d.split(" ")[1]) - 1.5} width={3} height={3} fill={PDF_COLORS[id]} />
          ) : (
            <Path key={id} d={d} stroke={PDF_COLORS[id]} strokeWidth={1.5} fill="none" />
          );
        })}
        <Line x1={0} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} stroke="#78716c" strokeWidth={0.5} />
      </Svg>
      <Legend items={report.signs.map((s) => ({ color: PDF_COLORS[s.id], label: s.title }))} />
      <Text style={styles.caption}>Score 0–100 per logged week. Bands: ok below 40, watch from 40, alert from 70.</Text>
    </View>
  );
}
