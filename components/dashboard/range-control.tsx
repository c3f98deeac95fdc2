import Link from "next/link";

export function RangeControl({
  ranges,
  current,
}: {
  ranges: ReadonlyArray<{ id: string; label: string }>;
  current: string;
}) {
  return (
    <nav aria-label="Range" className="flex flex-wrap gap-1 rounded-lg border border-border-strong bg-surface p-1">
      {ranges.map((r) => (
        <Link
          key={r.id}
          href={`/dashboard?range=${r.id}`}
          aria-current={r.id === current ? "page" : undefined}
          className="min-h-11 rounded-md px-3 py-2.5 text-sm font-medium text-text hover:bg-surface-muted aria-[current=page]:bg-accent aria-[current=page]:text-on-accent"
        >
          {r.label}
        </Link>
      ))}
    </nav>
  );
}
