import { Circle, Line, Path, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { REPORT_COLORS as C } from "@/lib/report/colors";
import { svgPath, type Axis, type LegendItem, type ScoreChart, type SplitChart } from "@/lib/report/view";
import { styles } from "./styles";

/** The content width of an A4 page less the margins; the plot leaves room for the y labels on the left and the x labels below. */
const WIDTH = 515;
const Y_LABELS = 34;
const X_LABELS = 22;
const X_LABEL_WIDTH = 64;

function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <View style={styles.legend}>
      {items.map((item) => (
        <View key={item.key} style={styles.legendItem}>
          <View style={[styles.swatch, { backgroundColor: C.series[item.key] }]} />
          <Text>{item.label}</Text>
        </View>
      ))}
    </View>
  );
}

/** A plot with its y ticks and labels on the left, x labels below and both axis titles; children draw in plot units. */
function Frame({ x, y, height, children }: { x: Axis; y: Axis; height: number; children: (w: number, h: number) => React.ReactNode }) {
  const w = WIDTH - Y_LABELS;
  return (
    <View style={{ position: "relative", width: WIDTH, height: height + X_LABELS }}>
      <Svg width={WIDTH} height={height + 1} viewBox={`0 0 ${WIDTH} ${height + 1}`} style={{ position: "absolute", top: 0, left: 0 }}>
        <Rect x={Y_LABELS} y={0} width={w} height={height} fill={C.plot} />
        {y.ticks.map((t) => (
          <Line key={t.label} x1={Y_LABELS - 3} y1={t.at * height} x2={WIDTH} y2={t.at * height} stroke={C.ruleLight} strokeWidth={0.4} />
        ))}
        {children(w, height)}
        <Line x1={Y_LABELS} y1={0} x2={Y_LABELS} y2={height} stroke={C.faint} strokeWidth={0.6} />
        <Line x1={Y_LABELS} y1={height} x2={WIDTH} y2={height} stroke={C.faint} strokeWidth={0.6} />
        {x.ticks.map((t) => (
          <Line key={t.label} x1={Y_LABELS + t.at * w} y1={height} x2={Y_LABELS + t.at * w} y2={height + 3} stroke={C.faint} strokeWidth={0.6} />
        ))}
      </Svg>
      {y.ticks.map((t) => (
        <Text key={t.label} style={[styles.axisLabel, { position: "absolute", left: 0, width: Y_LABELS - 5, top: t.at * height - 4, textAlign: "right" }]}>
          {t.label}
        </Text>
      ))}
      {x.ticks.map((t) => (
        <Text
          key={t.label}
          style={[styles.axisLabel, { position: "absolute", top: height + 4, width: X_LABEL_WIDTH, left: Math.min(WIDTH - X_LABEL_WIDTH, Math.max(0, Y_LABELS + t.at * w - X_LABEL_WIDTH / 2)), textAlign: "center" }]}
        >
          {t.label}
        </Text>
      ))}
      <Text style={[styles.axisLabel, { position: "absolute", top: height + 13, right: 0 }]}>{x.title}</Text>
    </View>
  );
}

export function TimeSplitChart({ chart, height = 120 }: { chart: SplitChart; height?: number }) {
  return (
    <View wrap={false}>
      <Text style={styles.axisTitle}>{chart.y.title}</Text>
      <Frame x={chart.x} y={chart.y} height={height}>
        {(w, h) => (
          <>
            {chart.bars.map((bar) => {
              const width = Math.max(1, bar.width * w);
              const x = Y_LABELS + bar.cx * w - width / 2;
              return bar.segments.map((s) => <Rect key={`${bar.week}-${s.key}`} x={x} y={s.y * h} width={width} height={s.height * h} fill={C.series[s.key]} />);
            })}
            {chart.lines.map((l) => (
              <Line key={l.label} x1={Y_LABELS} y1={l.y * h} x2={WIDTH} y2={l.y * h} stroke={C.ink} strokeWidth={1} strokeDasharray="4 3" />
            ))}
          </>
        )}
      </Frame>
      <Legend items={[...chart.legend]} />
      <Text style={styles.caption}>{chart.caption}</Text>
    </View>
  );
}

export function SignScoresChart({ chart, height = 120 }: { chart: ScoreChart; height?: number }) {
  return (
    <View wrap={false}>
      <Text style={styles.axisTitle}>{chart.y.title}</Text>
      <Frame x={chart.x} y={chart.y} height={height}>
        {(w, h) => (
          <>
            {chart.bands.map((b) => (
              <Rect key={b.level} x={Y_LABELS} y={b.y * h} width={w} height={b.height * h} fill={C.band[b.level]} />
            ))}
            {chart.series.flatMap((s) =>
              s.segments.map((seg, i) =>
                seg.length === 1 ? (
                  <Circle key={`${s.id}-${i}`} cx={Y_LABELS + seg[0]!.x * w} cy={seg[0]!.y * h} r={1.6} fill={C.series[s.id]} />
                ) : (
                  <Path key={`${s.id}-${i}`} d={svgPath(seg, w, h, Y_LABELS)} stroke={C.series[s.id]} strokeWidth={1.5} fill="none" />
                ),
              ),
            )}
          </>
        )}
      </Frame>
      <Legend items={chart.legend} />
      <Text style={styles.caption}>{chart.caption}</Text>
    </View>
  );
}
