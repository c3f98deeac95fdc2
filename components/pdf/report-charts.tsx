import { Circle, Line, Path, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { REPORT_COLORS as C } from "@/lib/report/colors";
import { svgPath, type LegendItem, type ScoreChart, type SplitChart } from "@/lib/report/view";
import { styles } from "./styles";

const W = 515;
const H = 120;

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

export function TimeSplitChart({ chart }: { chart: SplitChart }) {
  return (
    <View wrap={false}>
      <Svg width={W} height={H + 1} viewBox={`0 0 ${W} ${H + 1}`}>
        <Rect x={0} y={0} width={W} height={H} fill={C.plot} />
        {chart.bars.map((bar) => {
          const width = Math.max(1, bar.width * W);
          const x = bar.cx * W - width / 2;
          return bar.segments.map((s) => <Rect key={`${bar.week}-${s.key}`} x={x} y={s.y * H} width={width} height={s.height * H} fill={C.series[s.key]} />);
        })}
        {chart.lines.map((l) => (
          <Line key={l.label} x1={0} y1={l.y * H} x2={W} y2={l.y * H} stroke={C.ink} strokeWidth={1} strokeDasharray="4 3" />
        ))}
        <Line x1={0} y1={H} x2={W} y2={H} stroke={C.faint} strokeWidth={0.5} />
      </Svg>
      <Legend items={chart.legend} />
      <Text style={styles.caption}>{chart.caption}</Text>
    </View>
  );
}

export function SignScoresChart({ chart }: { chart: ScoreChart }) {
  return (
    <View wrap={false}>
      <Svg width={W} height={H + 1} viewBox={`0 0 ${W} ${H + 1}`}>
        {chart.bands.map((b) => (
          <Rect key={b.level} x={0} y={b.y * H} width={W} height={b.height * H} fill={C.band[b.level]} />
        ))}
        {chart.series.flatMap((s) =>
          s.segments.map((seg, i) =>
            seg.length === 1 ? (
              <Circle key={`${s.id}-${i}`} cx={seg[0]!.x * W} cy={seg[0]!.y * H} r={1.6} fill={C.series[s.id]} />
            ) : (
              <Path key={`${s.id}-${i}`} d={svgPath(seg, W, H)} stroke={C.series[s.id]} strokeWidth={1.5} fill="none" />
            ),
          ),
        )}
        <Line x1={0} y1={H} x2={W} y2={H} stroke={C.faint} strokeWidth={0.5} />
      </Svg>
      <Legend items={chart.legend} />
      <Text style={styles.caption}>{chart.caption}</Text>
    </View>
  );
}
