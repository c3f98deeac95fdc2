import Link from "next/link";

export function RangeControl({
  ranges,
  current,
}: {
  ranges: ReadonlyArray<{ id: string; label: string }>;
  current: string;
}) {
  return (
    <nav aria-label="Range" className="flex flex-wrap gap-1 rounded-lg border border-stone-300 bg-white p-1 dark:border-stone-700 dark:bg-stone-900">
      {ranges.map((r) => (
        <Link
          key={r.id}
          href={`/dashboard?range=${r.id}`}
          aria-current={r.id === current ? "page" : undefined}
          className="min-h-11 rounded-md px-3 py-2.5 text-sm font-medium text-stone-700 hover:bg-stone-100 aria-[current=page]:bg-blue-700 aria-[current=page]:text-white dark:text-stone-200 dark:hover:bg-stone-800 dark:aria-[current=page]:bg-blue-400 dark:aria-[current=page]:text-stone-950"
        >
          {r.label}
        </Link>
      ))}
    </nav>
  );
}
