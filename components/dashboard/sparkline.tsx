/** A tiny inline trend of 0–100 scores with the watch cut-off as a dashed line; gaps stay gaps. Decorative: the card states the numbers. */
export function Sparkline({
  values,
  watchFrom,
  className = "",
}: {
  values: readonly (number | null)[];
  watchFrom: number;
  className?: string;
}) {
  const width = 120;
  const height = 32;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (score: number) => height - 2 - (score / 100) * (height - 4);
  const segments: string[] = [];
  const dots: Array<[number, number]> = [];
  let current = "";
  let run = 0;
  values.forEach((v, i) => {
    if (v === null) {
      if (run === 1) dots.push([i - 1, values[i - 1]!]);
      if (current) segments.push(current);
      current = "";
      run = 0;
      return;
    }
    const point = `${(i * step).toFixed(1)} ${y(v).toFixed(1)}`;
    current += current ? ` L${point}` : `M${point}`;
    run++;
  });
  if (run === 1) dots.push([values.length - 1, values.at(-1)!]);
  if (current) segments.push(current);
  const cutOff = y(watchFrom);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" className={className} data-watch-line={watchFrom}>
      <line x1="0" x2={width} y1={cutOff} y2={cutOff} stroke="currentColor" strokeOpacity="0.35" strokeDasharray="2 3" />
      {segments.map((d, i) => (
        <path key={i} d={d} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" strokeLinecap="round" />
      ))}
      {dots.map(([i, v]) => (
        <circle key={i} cx={i * step} cy={y(v)} r="2.5" fill="currentColor" />
      ))}
    </svg>
  );
}
