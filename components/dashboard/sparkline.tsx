/** A tiny inline trend of 0–100 scores; gaps stay gaps. Decorative: the card states the numbers. */
export function Sparkline({ values, className = "" }: { values: readonly (number | null)[]; className?: string }) {
  const width = 120;
  const height = 32;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const segments: string[] = [];
  let current = "";
  values.forEach((v, i) => {
    if (v === null) {
      if (current) segments.push(current);
      current = "";
      return;
    }
    const x = (i * step).toFixed(1);
    const y = (height - 2 - (v / 100) * (height - 4)).toFixed(1);
    current += current ? ` L${x} ${y}` : `M${x} ${y}`;
  });
  if (current) segments.push(current);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" className={className}>
      <line x1="0" x2={width} y1={height - 2 - 0.4 * (height - 4)} y2={height - 2 - 0.4 * (height - 4)} stroke="currentColor" strokeOpacity="0.25" strokeDasharray="2 3" />
      {segments.map((d, i) => (
        <path key={i} d={d} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" strokeLinecap="round" />
      ))}
    </svg>
  );
}
