/**
 * A small trend of 0–100 scores with the watch cut-off as a dashed line: a dot per judged week,
 * joined where weeks follow each other; weeks not judged stay gaps. Decorative: the card states the numbers.
 */
export function Sparkline({
  values,
  watchFrom,
  className = "",
}: {
  values: readonly (number | null)[];
  watchFrom: number;
  className?: string;
}) {
  const width = 160;
  const height = 36;
  const pad = 3;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const x = (i: number) => pad + i * step;
  const y = (score: number) => height - pad - (score / 100) * (height - 2 * pad);
  const segments: string[] = [];
  for (let i = 1; i < values.length; i++) {
    const a = values[i - 1];
    const b = values[i];
    if (a !== null && a !== undefined && b !== null && b !== undefined) {
      segments.push(`M${x(i - 1).toFixed(1)} ${y(a).toFixed(1)} L${x(i).toFixed(1)} ${y(b).toFixed(1)}`);
    }
  }
  const cutOff = y(watchFrom);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" className={className} data-watch-line={watchFrom}>
      <line x1={pad} x2={width - pad} y1={cutOff} y2={cutOff} stroke="currentColor" strokeOpacity="0.4" strokeDasharray="3 3" />
      {segments.length > 0 && <path d={segments.join(" ")} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />}
      {values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r="2.5" fill="currentColor" />))}
    </svg>
  );
}
